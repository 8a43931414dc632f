using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>The store and report steps run at once as one stage; each stays a named, timed step, failing as any step fails.</summary>
public class RunStageTests
{
    private static readonly string[] Published = ["facts.json", "facts.csv", "digest.pdf", "index.html"];

    [Fact]
    public async Task The_steps_of_a_stage_run_at_once()
    {
        // Each step waits for the other to have started: run one after the other, neither would ever finish.
        using var bothStarted = new Barrier(2);
        void MeetTheOther(CancellationToken token) => Assert.True(bothStarted.SignalAndWait(TimeSpan.FromSeconds(10), token), "the other step never started");
        var stage = new RunStage(new Step("a", MeetTheOther), new Step("b", MeetTheOther));

        var timings = await stage.RunAsync(Context(), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(["a", "b"], timings.Select(t => t.Step));
        Assert.All(timings, t => Assert.Equal("a+b", t.Group));
    }

    [Fact]
    public async Task The_first_failure_of_a_stage_is_rethrown_after_the_other_steps_have_stopped()
    {
        var stopped = false;
        using var started = new ManualResetEventSlim();
        var stage = new RunStage(
            new Step("waits", token =>
            {
                started.Set();
                token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                Thread.Sleep(100);
                stopped = true;
                token.ThrowIfCancellationRequested();
            }),
            new Step("fails", _ =>
            {
                started.Wait(TimeSpan.FromSeconds(30));
                throw new InvalidDataException("broken");
            }));

        var e = await Assert.ThrowsAsync<InvalidDataException>(() => stage.RunAsync(Context(), NullLogger.Instance, CancellationToken.None));

        Assert.Equal("broken", e.Message);
        Assert.True(stopped, "the stage returned while one of its steps was still writing");
    }

    [Fact]
    public void A_lone_step_is_timed_without_a_group()
    {
        Assert.Null(new RunStage(new Step("a", _ => { })).Group);
        Assert.Equal(TimeSpan.FromSeconds(3), StepTiming.Total([new("a", TimeSpan.FromSeconds(1)), new("b", TimeSpan.FromSeconds(2), Group: "b+c"), new("c", TimeSpan.FromSeconds(1.5), Group: "b+c")]));
    }

    [Fact]
    public async Task Run_json_times_the_store_and_report_steps_each_as_one_group()
    {
        using var folder = new TempFolder();
        var input = Input(folder);

        var outcome = await new ReportRunner(NullLogger.Instance).RunAsync(new RunOptions(input, folder.Sub("out")));

        Assert.True(outcome.Status == RunStatus.Succeeded, $"{outcome.Status}: {outcome.Message}");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Sub("out"), "run.json")));
        var grouped = json.RootElement.GetProperty("timings").EnumerateArray()
            .Where(t => t.TryGetProperty("group", out _))
            .Select(t => (Step: t.GetProperty("step").GetString(), Group: t.GetProperty("group").GetString(), Ms: t.GetProperty("ms").GetDouble()))
            .ToList();
        Assert.Equal([("store", "store+report"), ("report", "store+report")], grouped.Select(t => (t.Step, t.Group)));
        Assert.All(grouped, t => Assert.True(t.Ms > 0));
    }

    [Fact]
    public async Task A_failing_step_of_the_store_and_report_stage_fails_the_run_and_the_published_set_stays()
    {
        using var folder = new TempFolder();
        var input = Input(folder);
        var output = folder.Sub("out");
        Assert.Equal(RunStatus.Succeeded, (await new ReportRunner(NullLogger.Instance).RunAsync(new RunOptions(input, output))).Status);
        var published = Published.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(output, f)));
        File.AppendAllText(Path.Combine(input, "a.txt"), "2023年，合作园区吸引投资约12亿美元。\n");

        var outcome = await Runner(new WriteFactTableStep(), new Step("report", _ => throw new IOException("the report could not be written"))).RunAsync(new RunOptions(input, output));

        Assert.Equal(RunStatus.Failed, outcome.Status);
        Assert.Contains("the report could not be written", outcome.Message, StringComparison.Ordinal);
        Assert.All(published, p => Assert.Equal(p.Value, File.ReadAllBytes(Path.Combine(output, p.Key))));
        Assert.DoesNotContain(Directory.GetDirectories(folder.Path), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_a_step_holds_until_the_run_ends_is_let_go_whether_the_run_publishes_or_fails()
    {
        using var folder = new TempFolder();
        var input = Input(folder);
        var (published, failed) = (new Held(), new Held());

        var ok = await Runner(new WriteFactTableStep(), new WriteReportsStep(), new Step("holding", (c, _) => c.HoldUntilEnd(published)))
            .RunAsync(new RunOptions(input, folder.Sub("ok")));
        var broken = await Runner(new WriteFactTableStep(), new Step("holding", (c, _) =>
        {
            c.HoldUntilEnd(failed);
            throw new IOException("the report could not be written");
        })).RunAsync(new RunOptions(input, folder.Sub("broken")));

        Assert.Equal((RunStatus.Succeeded, RunStatus.Failed), (ok.Status, broken.Status));
        Assert.Equal((1, 1), (published.Disposals, failed.Disposals));
    }

    // From the cache, the region begins with the hits and the changed document is decoded inside it; fresh, it begins
    // when the documents extracted now are decoded. Either way one, held to the run's end.
    [Theory]
    [InlineData(true, false, 1)]
    [InlineData(true, true, 0)]
    [InlineData(false, false, 1)]
    [InlineData(false, true, 0)]
    public async Task A_run_holds_one_no_collection_region_from_its_first_decoding_to_its_end_unless_the_process_exits_after_it(bool fromCache, bool exitsAfter, int held)
    {
        using var folder = new TempFolder();
        var (input, output) = (Input(folder), folder.Sub("out"));
        if (fromCache)
        {
            Assert.Equal(RunStatus.Succeeded, (await new ReportRunner(NullLogger.Instance).RunAsync(new RunOptions(input, output))).Status);
            File.AppendAllText(Path.Combine(input, "a.txt"), "2023年，合作园区吸引投资约12亿美元。\n"); // b.txt comes from the cache
        }
        var seen = -1;
        var publisher = new AtomicPublisher(NullLogger.Instance);
        var runner = new ReportRunner(NullLogger.Instance, publisher: publisher)
        {
            ProcessExitsAfterRun = exitsAfter,
            Steps = [.. RunSteps.Default(publisher, TimeProvider.System).Select(s => s.Group == "store+report"
                ? new RunStage(new WriteFactTableStep(), new WriteReportsStep(), new Step("peek", (c, _) => seen = c.Held.Count(h => h is NoCollectionWhileDecoded)))
                : s)],
        };

        try
        {
            Assert.Equal(RunStatus.Succeeded, (await runner.RunAsync(new RunOptions(input, output))).Status);
            Assert.Equal(held, seen);
        }
        finally
        {
            GC.Collect(); // the exit's part: a region left open ends with a collection
        }
    }

    [Fact]
    public async Task Store_and_report_at_once_publish_the_same_bytes_as_one_after_the_other()
    {
        using var folder = new TempFolder();
        var input = Input(folder);

        var outcome = await new ReportRunner(NullLogger.Instance).RunAsync(new RunOptions(input, folder.Sub("at-once")));
        Assert.True(outcome.ExitCode == 0, $"{outcome.Status}: {outcome.Message}");
        var alone = new ReportRunner(NullLogger.Instance);
        var oneAfterTheOther = new ReportRunner(NullLogger.Instance)
        {
            Steps = [.. alone.Steps.SelectMany(s => s.Steps.Select(step => new RunStage(step)))],
        };
        await oneAfterTheOther.RunAsync(new RunOptions(input, folder.Sub("in-turn")));

        foreach (var file in Published.Concat(Directory.GetFiles(Path.Combine(folder.Sub("at-once"), "charts")).Select(f => Path.Combine("charts", Path.GetFileName(f)))))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(folder.Sub("at-once"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder.Sub("in-turn"), file))), $"{file} differs");
        }
    }

    [Fact]
    public async Task The_run_lets_its_facts_go_once_the_store_step_has_written_them()
    {
        using var folder = new TempFolder();
        bool? holds = null;
        var publisher = new AtomicPublisher(NullLogger.Instance);
        var runner = new ReportRunner(NullLogger.Instance, publisher: publisher)
        {
            Steps = [.. RunSteps.Default(publisher, TimeProvider.System).SelectMany(s => s.Group == "store+report"
                ? new[] { s, new RunStage(new Step("peek", (c, _) => holds = c.HoldsFacts)) }
                : [s])],
        };

        var outcome = await runner.RunAsync(new RunOptions(Input(folder), folder.Sub("out")));
        Assert.True(outcome.ExitCode == 0, $"{outcome.Status}: {outcome.Message}");
        Assert.False(holds);
        // What the run still says of its facts is counted, and they are in facts.sqlite.
        Assert.Equal(outcome.Account.Facts, FactStore.StreamFacts(Path.Combine(folder.Sub("out"), OutputFiles.FactsSqlite)).Count());
        Assert.True(outcome.Account.Facts > 0);
    }

    [Fact]
    public void A_process_that_exits_after_its_run_keeps_no_decoded_entries_to_hold_its_facts()
    {
        var doc = new DocumentInfo("a.txt", "", 0, "utf-8", DocumentLanguage.ZhHans, "a", null, 0);
        var entry = new CachedExtraction(doc, new TextDigest("", 0), [], [], []);
        var (kept, none) = (new ExtractionMemo(), ExtractionMemo.None);
        kept.Replace(["k"], [entry]);
        none.Replace(["k"], [entry]);
        Assert.Same(entry, kept.Find("k"));
        Assert.Null(none.Find("k"));
        Assert.True(none.IsEmpty);
    }

    /// <summary>The default run with its store-and-report stage made of the given steps.</summary>
    private static ReportRunner Runner(params IRunStep[] storeAndReport)
    {
        var publisher = new AtomicPublisher(NullLogger.Instance);
        return new ReportRunner(NullLogger.Instance, publisher: publisher)
        {
            Steps = [.. RunSteps.Default(publisher, TimeProvider.System).Select(s => s.Group == "store+report" ? new RunStage(storeAndReport) : s)],
        };
    }

    [Fact]
    public async Task Run_json_says_the_same_whether_the_store_step_serialized_its_account_of_the_table_or_the_publish_step_did()
    {
        using var folder = new TempFolder();
        var input = Input(folder);
        // Without the store step, facts.sqlite alone is written, and the facts handed to the report.
        var factsSqliteOnly = new Step("facts.sqlite", (c, _) =>
        {
            FactStore.Write(Path.Combine(c.StagingDirectory, OutputFiles.FactsSqlite), c.Table, RunHistory.WithCurrent(c));
            c.FactsForReport.SetResult(RunReportFacts.Of(c.Account, c.Table.Facts));
            // Ended as the store step ends: the report's page and digest wait for it (its writers gone, the table freed).
            c.StoreEnded.SetResult();
        });
        foreach (var (output, steps) in new[] { ("stored", new IRunStep[] { new WriteFactTableStep(), new WriteReportsStep() }), ("published", [factsSqliteOnly, new WriteReportsStep()]) })
        {
            var outcome = await Runner(steps).RunAsync(new RunOptions(input, folder.Sub(output)));
            Assert.True(outcome.ExitCode == 0, $"{output}: {outcome.Status}: {outcome.Message}");
        }

        var (stored, published) = (Account(folder.Sub("stored")), Account(folder.Sub("published")));
        Assert.Contains("\"findings\": [", stored, StringComparison.Ordinal);
        Assert.Equal(published, stored);
    }

    // run.json between its head (run id, times) and its timings, which differ from run to run; the whole must parse.
    private static string Account(string output)
    {
        var text = File.ReadAllText(Path.Combine(output, "run.json"));
        using var json = JsonDocument.Parse(text);
        var (start, end) = (text.IndexOf("\n  \"input\": ", StringComparison.Ordinal), text.IndexOf(",\n  \"timings\": [", StringComparison.Ordinal));
        Assert.True(start > 0 && end > start, "run.json's parts out of place");
        return text[start..end];
    }

    private static string Input(TempFolder folder)
    {
        folder.Write("in/a.txt", Encoding.UTF8.GetBytes("示范通道年度报告\n\n2024年3月1日 北京\n\n截至2023年底，示范班列累计开行8.8万列，通达欧洲25个国家。\n"));
        folder.Write("in/b.txt", Encoding.UTF8.GetBytes("示范通道简报\n\n2024年4月1日 北京\n\n截至2023年底，示范班列累计开行8.9万列。\n"));
        return folder.Sub("in");
    }

    private static RunContext Context() => new(new RunOptions("in", "out"), "test", DateTimeOffset.UnixEpoch, NullLogger.Instance);

    private sealed class Held : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose() => Disposals++;
    }

    /// <summary>A step doing <paramref name="work"/> with the run's state (to hand it something, or look at it) and token.</summary>
    private sealed class Step(string name, Action<RunContext, CancellationToken> work) : IRunStep
    {
        public Step(string name, Action<CancellationToken> work)
            : this(name, (_, token) => work(token))
        {
        }

        public string Name => name;

        public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
        {
            work(context, cancellationToken);
            return ValueTask.CompletedTask;
        }
    }
}
