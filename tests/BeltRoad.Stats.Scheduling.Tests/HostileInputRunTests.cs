using System.Text.Json;
using BeltRoad.Stats.Scheduling.Tests.Support;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Issue 52's acceptance, in the real process: each small hostile file of the corpus (<see cref="HostileFiles"/>, made
/// here) beside two good documents, and the run finishes with exit 0 or 3, names the file, publishes the good ones'
/// facts, and stays within generous bounds of time and memory (the measured figures: docs/hostile-input.md). The
/// figures each case printed are in the test's output (<c>--logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class HostileInputRunTests(ITestOutputHelper log)
{
    private static readonly TimeSpan MostTime = TimeSpan.FromSeconds(60);
    private const long MostMemory = 1L << 30;

    public static TheoryData<string, string> Cases() => new()
    {
        // case, the hostile file's name
        { "Word file nesting 50,000 wrappers", "deep.docx" },
        { "Word zip bomb: 200 MB of XML", "ratio-bomb.docx" },
        { "Word zip bomb: 2 GB of XML", "absolute-bomb.docx" },
        { "Word zip bomb stating 10 MB, inflating to 2 GB", "lying-bomb.docx" },
        { "Word file of a billion laughs", "laughs.docx" },
        { "web page of 100,000 unclosed divs", "nested.html" },
        { "PDF of 6,000 pages drawing one content stream", "pages.pdf" },
        { "PDF page drawing 1,000,000 characters", "text.pdf" },
        { "PDF of forms nested 28 deep, each drawn twice", "forms.pdf" },
        { "100 MB sidecar title", "titled.txt" },
    };

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_file_costs_its_own_named_issue_and_the_run_publishes_the_rest_within_bounds(string name, string file)
    {
        using var work = new Workspace(0, 1);
        Write(work.Input, file);

        var run = await MeasuredRun.Of(work.Root, TimeSpan.FromSeconds(240), "run", "--input", "input", "--output", "reports");

        log.WriteLine($"{name} ({file}, {new FileInfo(Path.Combine(work.Input, file)).Length / 1024.0:0} KB): exit {run.ExitCode}, {run.Figures}");
        log.WriteLine(run.Output);
        Assert.True(run.ExitCode is 0 or 3, $"{name}: exit {run.ExitCode}\n{run.Output}\n{run.Error}");
        Assert.Contains(file, run.Output, StringComparison.Ordinal);
        var documents = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work.Output, "facts.json"))).RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains(Path.GetFileName(RepoPaths.Seed(0)), documents);
        Assert.Contains(Path.GetFileName(RepoPaths.Seed(1)), documents);
        Assert.True(run.Elapsed <= MostTime, $"{name}: {run.Figures}");
        Assert.True(run.PeakBytes <= MostMemory, $"{name}: {run.Figures}");
    }

    [Fact(Timeout = 300_000)]
    public async Task The_schedule_keeps_firing_after_hostile_files_arrive()
    {
        using var work = new Workspace(0);
        using var process = CliProcess.Start(work.Root, "schedule", "--cron", "*/2 * * * * ?", "--time-zone", "UTC", "--input", "input", "--output", "reports");
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => lines.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => lines.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        IReadOnlyList<BeltRoad.Stats.Storage.RunRecord> Runs() => BeltRoad.Stats.Pipeline.Publishing.RunLog.Read(BeltRoad.Stats.Pipeline.Publishing.RunLog.PathFor(work.Output));
        try
        {
            await Wait.Until(() => Runs().Any(r => r.Status == Domain.RunStatus.Succeeded) || process.HasExited, TimeSpan.FromSeconds(90), "a first scheduled run");
            foreach (var file in new[] { "deep.docx", "ratio-bomb.docx", "laughs.docx", "nested.html", "titled.txt" })
            {
                Write(work.Input, file);
            }

            await Wait.Until(() => Runs().Any(r => r.Status == Domain.RunStatus.PartiallyFailed) || process.HasExited, TimeSpan.FromSeconds(90), "a run over the hostile files");
            var hostile = Runs().First(r => r.Status == Domain.RunStatus.PartiallyFailed);
            await Wait.Until(() => Runs().Count(r => string.CompareOrdinal(r.RunId, hostile.RunId) > 0) >= 2 || process.HasExited, TimeSpan.FromSeconds(90), "two more firings");

            Assert.False(process.HasExited, string.Join('\n', lines));
            Assert.Equal(4, hostile.Failures);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static void Write(string input, string file)
    {
        var path = Path.Combine(input, file);
        switch (file)
        {
            case "deep.docx":
                File.WriteAllBytes(path, HostileFiles.DeepDocx(50_000));
                break;
            case "ratio-bomb.docx":
                File.WriteAllBytes(path, HostileFiles.DocxBomb(200L << 20));
                break;
            case "absolute-bomb.docx":
                File.WriteAllBytes(path, HostileFiles.DocxBomb(2L << 30));
                break;
            case "lying-bomb.docx":
                File.WriteAllBytes(path, HostileFiles.DocxBomb(2L << 30, statedBytes: 10L << 20));
                break;
            case "laughs.docx":
                File.WriteAllBytes(path, HostileFiles.BillionLaughsDocx());
                break;
            case "nested.html":
                File.WriteAllBytes(path, HostileFiles.NestedHtml(100_000));
                break;
            case "pages.pdf":
                File.WriteAllBytes(path, HostileFiles.PdfPageBomb(6_000, lines: 100, lineCharacters: 1_000));
                break;
            case "text.pdf":
                File.WriteAllBytes(path, HostileFiles.PdfPageBomb(1, lines: 1_000, lineCharacters: 1_000));
                break;
            case "forms.pdf":
                File.WriteAllBytes(path, HostileFiles.PdfNestedForms(28));
                break;
            case "titled.txt":
                File.WriteAllText(path, "截至2023年6月底，中欧班列累计开行7.4万列。");
                File.WriteAllBytes(Path.Combine(input, "titled.meta.json"), HostileFiles.HugeSidecar(35_000_000));
                break;
            default:
                throw new ArgumentException($"no such case: {file}", nameof(file));
        }
    }
}
