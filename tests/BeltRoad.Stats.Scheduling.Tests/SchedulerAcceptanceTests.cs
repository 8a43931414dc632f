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
        using var host = SchedulerSetup.Build(options, fireNow: null, ListLoggerProvider.Into(log));
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

    /// <summary>
    /// Each run is held at the publisher's gate until two firings of the every-second cron have come due behind
    /// it, then let go. What the scheduler did is checked, not how fast: runs never overlapped, the firings that
    /// came due during a run were coalesced into one (a misfire notice, and at most one later run due before it
    /// ended) rather than queued, and the number of runs is exactly the runs let go plus the one stopped.
    /// </summary>
    [Fact]
    public async Task Firings_during_a_long_run_never_overlap_and_coalesce_instead_of_queueing()
    {
        const int Held = 3;
        using var work = new Workspace(3);
        var gate = new GatedPublisher(new AtomicPublisher());
        var options = ScheduleOptions.Resolve(EverySecond, "UTC", runNow: false, new RunOptions(work.Input, work.Output, Force: true));
        var log = new ListLoggerProvider();
        using var host = SchedulerSetup.Build(options, fireNow: null, ListLoggerProvider.Into(log), _ => new ReportRunner(publisher: gate));
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        await host.StartAsync();
        var stopped = false;
        try
        {
            for (var run = 1; run <= Held; run++)
            {
                var number = run;
                await Wait.Until(() => gate.Entered >= number, Patience, $"run {number} at the gate");
                // Two later occurrences pass while the run is held, the first by more than the misfire threshold.
                // A slow machine only holds it longer; nothing below depends on how long.
                var secondDue = options.Schedule.NextAfter(DateTimeOffset.UtcNow, 2)[^1];
                await Wait.Until(() => DateTimeOffset.UtcNow > secondDue + SchedulerSetup.MisfireThreshold, Patience, $"two firings due behind run {number}");
                gate.Release();
            }

            await Wait.Until(() => gate.Entered >= Held + 1, Patience, "the run after the last one let go");

            // Stop while that run waits at the gate, and let it go only once it has been told to stop: it is cancelled.
            var stopping = host.StopAsync();
            await Wait.Until(() => log.Lines.Any(l => l.Contains("Stop requested", StringComparison.Ordinal)), Patience, "the job to hear the stop");
            gate.Open();
            await stopping;
            stopped = true;
        }
        finally
        {
            if (!stopped)
            {
                gate.Open();
                await host.StopAsync();
            }
        }

        var runs = journal.Runs.OrderBy(r => r.Started).ToList();
        foreach (var r in runs)
        {
            console.WriteLine($"{r.Trigger} due {r.Due:HH:mm:ss.fff} started {r.Started:HH:mm:ss.fff} finished {r.Finished:HH:mm:ss.fff} {r.Status}");
        }

        log.Lines.Where(l => !l.Contains("BeltRoad.Stats.Run", StringComparison.Ordinal)).ToList().ForEach(console.WriteLine);

        // Never two at once, and each began after the one before it ended.
        Assert.Equal(1, journal.MostAtOnce);
        Assert.Equal(1, gate.MostAtOnce);
        Assert.False(journal.Running);
        for (var i = 1; i < runs.Count; i++)
        {
            Assert.True(runs[i].Started >= runs[i - 1].Finished, $"run {i} started {runs[i].Started:O} before run {i - 1} finished {runs[i - 1].Finished:O}");
        }

        // Bounded: the runs let go, plus the one stopped at the gate; the firings missed meanwhile added none.
        Assert.Equal(Held + 1, runs.Count);
        Assert.Equal(Held + 1, gate.Entered);
        Assert.All(runs.Take(Held), r => Assert.Equal(RunStatus.Succeeded, r.Status));
        Assert.Equal(RunStatus.Cancelled, runs[^1].Status);

        // Coalesced, not queued: of the two or more firings due during a held run, at most one later run was for
        // one of them; and each release was announced as a misfire handled by firing once now.
        for (var i = 0; i < Held; i++)
        {
            var finished = runs[i].Finished;
            var dueDuring = runs.Skip(i + 1).Count(r => r.Due is { } due && due <= finished);
            Assert.True(dueDuring <= 1, $"{dueDuring} runs were due during run {i}: queued, not coalesced");
        }

        var misfires = log.Lines.Count(l => l.Contains("Missed the firing due at", StringComparison.Ordinal));
        Assert.True(misfires >= Held, $"{misfires} misfire notices for {Held} held runs");
    }
}
