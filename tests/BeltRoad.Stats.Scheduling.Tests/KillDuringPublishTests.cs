using System.Diagnostics;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;
using BeltRoad.Stats.Domain;
using Xunit.Abstractions;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Acceptance 2: the real process is killed with SIGKILL during publishing, again and again. The kills that
/// matter are deterministic: the child pauses at a named point of publishing (the publisher's test hook,
/// <c>BELTROAD_STATS_TEST_PAUSE_AT</c>) and is killed there, so every point is hit on every machine, however
/// slow. Then a few kills at random moments of whole runs, where nothing is asserted about where they landed.
/// Every time, the output folder is exactly the old complete set or the new complete set.
/// </summary>
public sealed class KillDuringPublishTests(ITestOutputHelper console)
{
    private const string PauseVariable = "BELTROAD_STATS_TEST_PAUSE_AT";
    private const string PublishVariable = "BELTROAD_STATS_TEST_PUBLISH";
    private const int RandomKills = 6;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Run = ["run", "--input", "input", "--output", "reports", "--force"];

    // The publish steps in order; the swap is the one moment the output changes.
    private static readonly (string Point, bool New)[] ExchangePoints =
        [("staging-created", false), ("before-carry", false), ("before-runlog", false), ("before-swap", false), ("after-swap", true)];

    private static readonly (string Point, bool New)[] TwoRenamePoints = [("before-swap", false), ("after-swap", true)];

    [Fact]
    public async Task Output_is_always_the_old_or_the_new_complete_set_after_kill_9_during_publishing()
    {
        using var work = new Workspace(0, 3);
        var clock = Stopwatch.StartNew();
        var first = await CliProcess.Run(work.Root, Run);
        var runMs = (int)clock.ElapsedMilliseconds;
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var current = PublishedSet.ReadComplete(work.Output, expected).RunId;

        foreach (var (mode, points) in new[] { ("exchange", ExchangePoints), ("two-renames", TwoRenamePoints) })
        {
            foreach (var (point, isNew) in points)
            {
                await KillAt(work, mode, point);
                var after = PublishedSet.ReadComplete(work.Output, expected).RunId;
                Assert.True(isNew ? after != current : after == current, $"{mode} {point}: run {after} published, the old set was {current}");
                current = after;
            }
        }

        // Random moments of whole runs (the publisher's own choice of path): only the invariant is checked.
        var random = new Random(20261121);
        for (var i = 0; i < RandomKills; i++)
        {
            await KillAfter(work, random.Next(0, Math.Max(2, runMs)));
            current = SetAfterKill(work, expected, current);
        }

        // A clean run after all that removes every leftover beside the output and publishes normally.
        var last = await CliProcess.Run(work.Root, Run);
        Assert.True(last.ExitCode == 0, last.Output + last.Error);
        Assert.NotEqual(current, PublishedSet.ReadComplete(work.Output, expected).RunId);
        Assert.Empty(Leftovers(work));
        AssertHistoryWhole(work, expected);
    }

    /// <summary>
    /// The two-rename fallback's weaker guarantee (see AtomicPublisher): killed between its renames, the output
    /// folder is gone and the old set waits beside it; the next run puts it back before anything else, so an
    /// unchanged input is then up to date with the old set, and nothing is left over.
    /// </summary>
    [Fact]
    public async Task A_two_rename_publish_killed_between_its_renames_is_restored_by_the_next_run()
    {
        using var work = new Workspace(0, 3);
        var first = await CliProcess.Run(work.Root, Run);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var old = PublishedSet.ReadComplete(work.Output, expected).RunId;

        await KillAt(work, "two-renames", "between-renames");

        Assert.False(Directory.Exists(work.Output), "the output should be aside, between the renames");
        var previous = Assert.Single(Directory.GetDirectories(work.Root, ".reports.previous-*"));
        Assert.Equal(old, PublishedSet.ReadComplete(previous, expected).RunId);

        var next = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(next.ExitCode == 0, next.Output + next.Error);
        Assert.Contains("Recovered", next.Output + next.Error, StringComparison.Ordinal);
        Assert.Equal(old, PublishedSet.ReadComplete(work.Output, expected).RunId);
        Assert.Empty(Leftovers(work));
    }

    /// <summary>
    /// The run log is not copied into the staged set but linked (one file, whatever its size); the row a run wrote
    /// into it before a swap that never came is recorded as failed by the next run, and the old run stays published.
    /// </summary>
    [Fact]
    public async Task A_publish_killed_before_its_swap_shares_the_run_log_and_the_next_run_records_it_as_failed()
    {
        using var work = new Workspace(0, 3);
        var first = await CliProcess.Run(work.Root, Run);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var old = PublishedSet.ReadComplete(work.Output, expected).RunId;

        await KillAt(work, "exchange", "before-swap");

        var staging = Assert.Single(Directory.GetDirectories(work.Root, ".reports.staging-*"));
        Assert.Equal(Inode(RunLog.PathFor(work.Output)), Inode(RunLog.PathFor(staging)));
        var killed = Path.GetFileName(staging)[".reports.staging-".Length..];
        Assert.Equal(old, PublishedSet.ReadComplete(work.Output, expected).RunId);
        // Its facts and findings were stored while it wrote its reports, yet no view shows them: no run names them yet.
        var facts = FactsOf(work, old);
        Assert.True(facts > 0, "the published run's facts should be in the run store");
        Assert.Equal(0, FactsOf(work, killed));

        var next = await CliProcess.Run(work.Root, Run);
        Assert.True(next.ExitCode == 0, next.Output + next.Error);
        var runs = RunLog.Read(RunLog.PathFor(work.Output)).ToDictionary(r => r.RunId);
        Assert.Equal(RunStatus.Failed, runs[killed].Status);
        Assert.Contains("stopped while publishing", runs[killed].Message, StringComparison.Ordinal);
        Assert.Equal("published", runs[old].Message);
        var published = PublishedSet.ReadComplete(work.Output, expected).RunId;
        Assert.NotEqual(old, published);
        Assert.Equal(0, FactsOf(work, killed));
        Assert.Equal(facts, FactsOf(work, published));
    }

    /// <summary>Folders beside the output other than the history archive, which stays.</summary>
    private static IEnumerable<string> Leftovers(Workspace work) =>
        Directory.GetDirectories(work.Root, ".reports.*").Where(f => Path.GetFileName(f) != ".reports.history");

    /// <summary>
    /// Every kept set the published history names is there and whole (one run's complete set, by its own run.json),
    /// and the archive holds nothing else: nothing kept was lost to a kill, nothing dropped was left behind.
    /// </summary>
    private static void AssertHistoryWhole(Workspace work, IReadOnlySet<string> expected)
    {
        var history = Path.Combine(work.Output, "history");
        var kept = Directory.GetFileSystemEntries(history).Where(e => new DirectoryInfo(e).LinkTarget is not null).ToList();
        Assert.NotEmpty(kept);
        foreach (var set in kept)
        {
            Assert.Equal(Path.GetFileName(set), PublishedSet.ReadComplete(set, expected, withRunLog: false).RunId);
        }

        Assert.Equal(kept.Select(Path.GetFileName).Order(StringComparer.Ordinal), Directory.GetDirectories(Path.Combine(work.Root, ".reports.history")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static long FactsOf(Workspace work, string runId)
    {
        SQLitePCL.Batteries_V2.Init();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={RunLog.PathFor(work.Output)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM facts WHERE run_id = $run";
        command.Parameters.AddWithValue("$run", runId);
        return (long)command.ExecuteScalar()!;
    }

    private static string Inode(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%d:%i", path]) { RedirectStandardOutput = true })!;
        var text = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.True(stat.ExitCode == 0 && text.Length > 0, $"stat {path} failed");
        return text;
    }

    /// <summary>Starts a forced run that pauses at <paramref name="point"/> of publishing, and SIGKILLs it there.</summary>
    private async Task KillAt(Workspace work, string mode, string point)
    {
        var marker = Path.Combine(work.Root, ".reports.paused");
        var environment = new Dictionary<string, string> { [PauseVariable] = point, [PublishVariable] = mode };
        using var process = CliProcess.Start(work.Root, environment, Run);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await Wait.Until(() => File.Exists(marker) || process.HasExited, Patience, $"the run to pause at {point}");
            Assert.False(process.HasExited, $"{mode} {point}: the run ended (exit {(process.HasExited ? process.ExitCode : 0)}) without pausing");
            process.Kill(); // SIGKILL on Unix: no handler, no cleanup
            await process.WaitForExitAsync();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await Task.WhenAll(output, error);
            File.Delete(marker);
        }

        console.WriteLine($"killed at {mode} {point}");
    }

    /// <summary>Starts a forced run and SIGKILLs it <paramref name="delayMs"/> after it starts, if it is still going.</summary>
    private async Task KillAfter(Workspace work, int delayMs)
    {
        using var process = CliProcess.Start(work.Root, Run);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(delayMs);
        if (!exited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        console.WriteLine($"random kill after {delayMs} ms: {(exited ? "the run had finished" : "killed")}");
    }

    /// <summary>
    /// The run id of the complete set a reader finds after a kill at any moment. Only the two-rename fallback
    /// (used where the file system cannot exchange folders) can leave no output: then the old complete set must be
    /// waiting beside it for the next run to move back.
    /// </summary>
    private static string SetAfterKill(Workspace work, IReadOnlySet<string> expected, string current)
    {
        if (Directory.Exists(work.Output) && OutputSnapshot.Names(work.Output).Count > 0)
        {
            return PublishedSet.ReadComplete(work.Output, expected).RunId;
        }

        var previous = Assert.Single(Directory.GetDirectories(work.Root, ".reports.previous-*"));
        Assert.Equal(current, PublishedSet.ReadComplete(previous, expected).RunId);
        return current;
    }
}
