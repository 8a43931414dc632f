using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>A real Quartz scheduler with a one-second cron on a temporary folder (acceptance 1).</summary>
public sealed class SchedulerAcceptanceTests(ITestOutputHelper console)
{
    private const string EverySecond = "* * * * * ?";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Second_firing_is_up_to_date_and_rewrites_nothing_then_an_added_file_regenerates_and_its_facts_are_listed_as_added()
    {
        using var work = new Workspace(0, 3);
        var log = new ListLoggerProvider();
        var options = ScheduleOptions.Resolve(EverySecond, "UTC", runNow: false, new RunOptions(work.Input, work.Output));
        using var host = SchedulerSetup.Build(options, fireNow: false, ListLoggerProvider.Into(log));
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        await host.StartAsync();
        try
        {
            await Wait.Until(() => journal.Runs.Count >= 1, Patience, "the first firing");
            Assert.Equal(RunStatus.Succeeded, journal.Runs[0].Status);
            var published = OutputSnapshot.Take(work.Output);
            Assert.Contains("run.json", published.Keys);
            Assert.Contains(".gitkeep", published.Keys);

            await Wait.Until(() => journal.Runs.Count >= 2, Patience, "the second firing");
            Assert.Equal(RunStatus.UpToDate, journal.Runs[1].Status);
            Assert.Equal(published, OutputSnapshot.Take(work.Output)); // same bytes, same write times
            Assert.Contains(log.Lines, l => l.Contains("Up to date: inputs, settings and program unchanged since run " + journal.Runs[0].RunId, StringComparison.Ordinal));

            var seen = journal.Runs.Count;
            var added = work.AddSeed(2);
            await Wait.Until(() => journal.Runs.Skip(seen).Any(r => r.Status == RunStatus.Succeeded), Patience, "a firing after the file was added");
            var regenerated = journal.Runs.Skip(seen).First(r => r.Status == RunStatus.Succeeded);

            using var run = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work.Output, OutputFiles.RunJson)));
            Assert.Equal(regenerated.RunId, run.RootElement.GetProperty("run_id").GetString());
            var changes = run.RootElement.GetProperty("changes");
            Assert.Equal(journal.Runs[0].RunId, changes.GetProperty("previous_run_id").GetString());
            var items = changes.GetProperty("items").EnumerateArray().ToList();
            Assert.True(changes.GetProperty("added").GetInt32() > 0, "the added document's facts are listed as added");
            Assert.All(items, i => Assert.Equal("added", i.GetProperty("kind").GetString()));
            Assert.All(items, i => Assert.Equal(added, i.GetProperty("doc").GetString()));
            Assert.Equal(0, changes.GetProperty("removed").GetInt32());

            // Every firing is a row of the run log, the up-to-date ones too; the old set went to history.
            var rows = RunLog.Read(RunLog.PathFor(work.Output));
            Assert.Contains(rows, r => r.RunId == journal.Runs[1].RunId && r.Status == RunStatus.UpToDate);
            Assert.Contains(rows, r => r.RunId == regenerated.RunId && r.Status == RunStatus.Succeeded && r.ChangesAdded == changes.GetProperty("added").GetInt32());
            Assert.True(File.Exists(Path.Combine(work.Output, "history", journal.Runs[0].RunId, OutputFiles.RunJson)));
            Assert.True(File.Exists(Path.Combine(work.Output, ".gitkeep")));
        }
        finally
        {
            await host.StopAsync();
        }

        Assert.Equal(1, journal.MostAtOnce);
    }

    [Fact]
    public async Task Firings_during_a_long_run_never_overlap_and_coalesce_instead_of_queueing()
    {
        using var work = new Workspace(3);
        var runTime = TimeSpan.FromSeconds(2);
        var slow = new SlowPublisher(new AtomicPublisher(), runTime);
        var options = ScheduleOptions.Resolve(EverySecond, "UTC", runNow: false, new RunOptions(work.Input, work.Output, Force: true));
        var log = new ListLoggerProvider();
        using var host = SchedulerSetup.Build(options, fireNow: false, ListLoggerProvider.Into(log), _ => new ReportRunner(publisher: slow));
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        await host.StartAsync();
        try
        {
            // Each run takes > 2 s while the trigger fires every second: two firings fall inside every run.
            await Wait.Until(() => journal.Runs.Count >= 5, Patience, "five slow runs");
        }
        finally
        {
            await host.StopAsync();
        }

        var runs = journal.Runs.OrderBy(r => r.Started).ToList();
        // Stopping the host cancels the run it catches going (the job's shutdown policy).
        Assert.All(runs.SkipLast(1), r => Assert.Equal(RunStatus.Succeeded, r.Status));
        Assert.Contains(runs[^1].Status, new[] { RunStatus.Succeeded, RunStatus.Cancelled });
        Assert.Equal(1, journal.MostAtOnce);
        Assert.Equal(1, slow.MostAtOnce);
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].Started >= runs[i - 1].Finished, $"run {i} started {runs[i].Started:O} before run {i - 1} finished {runs[i - 1].Finished:O}");
        }

        // Queued firings would start later and later behind their due time (one more second per run);
        // coalesced ones wait for at most the one run in progress.
        foreach (var r in runs)
        {
            console.WriteLine($"{r.Trigger} due {r.Due:HH:mm:ss.fff} started {r.Started:HH:mm:ss.fff} finished {r.Finished:HH:mm:ss.fff} {r.Status}");
        }

        log.Lines.Where(l => !l.Contains("BeltRoad.Stats.Run", StringComparison.Ordinal)).ToList().ForEach(console.WriteLine);
        var longest = runs.Max(r => (r.Finished - r.Started).TotalSeconds);
        Assert.True(longest >= runTime.TotalSeconds);
        var lags = runs.Where(r => r.Due is not null).Select(r => (r.Started - r.Due!.Value).TotalSeconds).ToList();
        Assert.True(lags.All(l => l < longest + 1.5), "lags behind due time: " + string.Join(", ", lags.Select(l => l.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
