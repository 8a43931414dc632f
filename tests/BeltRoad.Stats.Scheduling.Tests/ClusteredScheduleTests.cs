using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Scheduling.Tests.Support;
using BeltRoad.Stats.Storage;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Two real scheduler processes on one real PostgreSQL database (Quartz's clustered job store), a cron that
/// fires every second, and the run log in the same database as the judge of what ran where and when.
/// </summary>
public sealed class ClusteredScheduleTests(PostgresFixture postgres, ITestOutputHelper console) : IClassFixture<PostgresFixture>
{
    private const int Firings = 20;
    private const string PauseVariable = "BELTROAD_STATS_TEST_PAUSE_AT";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Two_nodes_run_every_firing_once_and_never_two_at_a_time()
    {
        using var work = new Workspace(0);
        var store = postgres.NewDatabase();
        using var a = await SchedulerNode.StartAsync(work, store);
        using var b = await SchedulerNode.StartAsync(work, store);
        await Wait.Until(() => Runs(store).Count(r => r.Status != RunStatus.Running) >= Firings, Patience, $"{Firings} firings");
        await Task.WhenAll(a.StopAsync(), b.StopAsync());

        var runs = Runs(store);
        Show(runs, a, b);
        Assert.True(runs.Count >= Firings);
        Assert.All(runs, r => Assert.Contains(r.Node, new[] { a.Id, b.Id }));
        Assert.All(runs, r => Assert.Contains(r.Status, new[] { RunStatus.Succeeded, RunStatus.UpToDate }));
        Assert.All(runs, r => Assert.Contains(r.Trigger, new[] { RunTrigger.Cron, RunTrigger.Missed }));
        EachFiringOnceAndNeverOverlapping(runs);
        EveryFiringAccountedFor(runs);
    }

    [PostgresFact]
    public async Task Killing_the_node_that_runs_hands_the_schedule_to_the_other_and_the_run_log_shows_the_failed_run()
    {
        using var work = new Workspace(0);
        var store = postgres.NewDatabase();
        var marker = Path.Combine(work.Root, ".reports.paused");
        // Node a stops inside its first run (staging complete, before the swap) and is killed there.
        using var a = await SchedulerNode.StartAsync(work, store, new Dictionary<string, string> { [PauseVariable] = "before-swap" });
        await Wait.Until(() => File.Exists(marker), Patience, "node a to be in the middle of its run");
        using var b = await SchedulerNode.StartAsync(work, store);
        await Task.Delay(TimeSpan.FromSeconds(1)); // b has checked in: the cluster knows it
        await a.KillAsync();
        await Wait.Until(() => Runs(store).Count(r => r.Node == b.Id && r.Status != RunStatus.Running) >= 3, Patience, "node b to take the following firings");
        await b.StopAsync();
        File.Delete(marker);

        var runs = Runs(store);
        Show(runs, a, b);
        var killed = Assert.Single(runs, r => r.Node == a.Id);
        Assert.Equal(RunStatus.Failed, killed.Status);
        Assert.Contains("stopped during the run", killed.Message, StringComparison.Ordinal);
        Assert.Contains(runs, r => r.Node == b.Id && r.Status == RunStatus.Succeeded);
        var published = PublishedSet.ReadComplete(work.Output, OutputSnapshot.Names(work.Output));
        Assert.Contains(published.Names, n => n == "digest.pdf");
        Assert.Contains(runs, r => r.RunId == published.RunId && r.Node == b.Id);
        EachFiringOnceAndNeverOverlapping([.. runs.Where(r => r.Node == b.Id)]);
    }

    [PostgresFact]
    public async Task A_restart_after_ten_missed_firings_runs_once_not_ten_times()
    {
        using var work = new Workspace(0);
        var store = postgres.NewDatabase();
        using (var first = await SchedulerNode.StartAsync(work, store))
        {
            await Wait.Until(() => Runs(store).Count(r => r.Status != RunStatus.Running) >= 2, Patience, "two runs");
            await first.StopAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(10.5)); // ten firings fall while no node runs
        var restarted = DateTimeOffset.UtcNow;
        using var again = await SchedulerNode.StartAsync(work, store);
        await Wait.Until(() => Runs(store).Count(r => r.Started >= restarted && r.Status != RunStatus.Running) >= 3, Patience, "runs after the restart");
        await again.StopAsync();

        var runs = Runs(store);
        Show(runs, again);
        var afterRestart = runs.Where(r => r.Started >= restarted).ToList();
        var caughtUp = Assert.Single(afterRestart, r => r.ScheduledFireTime < restarted);
        Assert.Equal(RunTrigger.Missed, caughtUp.Trigger);
        Assert.All(afterRestart.Where(r => r != caughtUp), r => Assert.True(r.ScheduledFireTime >= restarted));
        EachFiringOnceAndNeverOverlapping(runs);
    }

    private static void EachFiringOnceAndNeverOverlapping(IReadOnlyList<RunRecord> runs)
    {
        var repeated = runs.GroupBy(r => r.ScheduledFireTime).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"firings run more than once: {string.Join(", ", repeated)}");
        var ordered = runs.Where(r => r.Finished is not null).OrderBy(r => r.Started).ToList();
        foreach (var (previous, next) in ordered.Zip(ordered.Skip(1)))
        {
            Assert.True(next.Started >= previous.Finished, $"{next.RunId} ({next.Node}) started before {previous.RunId} ({previous.Node}) finished");
        }
    }

    /// <summary>
    /// Every second from the first firing to the last ran on its own, or came due while a run was going and was
    /// coalesced into the missed run that followed (between that run's due time and its start): none was lost.
    /// </summary>
    private static void EveryFiringAccountedFor(IReadOnlyList<RunRecord> runs)
    {
        var due = runs.Select(r => r.ScheduledFireTime!.Value).ToHashSet();
        var missed = runs.Where(r => r.Trigger == RunTrigger.Missed).ToList();
        for (var t = due.Min(); t <= due.Max(); t = t.AddSeconds(1))
        {
            var firing = t;
            Assert.True(due.Contains(firing) || missed.Any(m => m.ScheduledFireTime < firing && firing <= m.Started), $"the firing due at {firing:HH:mm:ss} was lost");
        }
    }

    private static List<RunRecord> Runs(string store) => [.. RunStores.Open(StoreSettings.Of("postgres", store)).ReadRuns()];

    private void Show(IEnumerable<RunRecord> runs, params SchedulerNode[] nodes)
    {
        foreach (var r in runs)
        {
            console.WriteLine($"{r.RunId} {r.Node} {r.Trigger} due {r.ScheduledFireTime:HH:mm:ss.fff} {r.Started:HH:mm:ss.fff}-{r.Finished:HH:mm:ss.fff} {r.Status} {r.Message}");
        }

        foreach (var node in nodes)
        {
            console.WriteLine($"--- {node.Id}\n{node.Log}");
        }
    }
}
