using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>The store and report stage's side work yields to the chain the run waits on, without lowering any thread the process goes on using.</summary>
public class LowPriorityThreadTests
{
    [Fact]
    public void Work_runs_lowered_on_a_thread_of_its_own_and_threads_it_starts_inherit_that()
    {
        var caller = Nice();
        var (pooled, nice, started) = LowPriorityThread.Start("test", () => (
            Thread.CurrentThread.IsThreadPoolThread,
            Nice(),
            Task.Factory.StartNew(Nice, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).GetAwaiter().GetResult())).Join();

        Assert.False(pooled);
        if (OperatingSystem.IsLinux())
        {
            // Nice 10, or the caller's own value where the tests were started lower than that (it cannot be raised).
            Assert.Equal(Math.Max(10, caller), nice);
            Assert.Equal(Math.Max(10, caller), started);
        }

        Assert.Equal(caller, Nice());
    }

    [Fact]
    public async Task A_run_leaves_no_pool_thread_lowered()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Sub("in"));
        foreach (var seed in Directory.GetFiles(RepoRoot.Seeds, "*.txt").Take(2))
        {
            File.Copy(seed, folder.Sub("in/" + Path.GetFileName(seed)));
        }

        for (var run = 0; run < 2; run++)
        {
            var (code, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--force");
            Assert.True(code == 0, output);
        }

        // The pool's workers go on serving the process; a lowered one could not be raised back. They stay at the process's
        // own value (0, or what the tests were started at: `nice .ci/run`).
        var workers = PoolWorkers();
        var started = ProcessNice();
        Assert.NotEmpty(workers);
        Assert.All(workers, w => Assert.True(w.Nice == started, $"pool thread {w.Id} left at nice {w.Nice}, the process at {started}"));
    }

    [Fact]
    public void A_failure_is_rethrown_by_the_join_as_it_was_thrown()
    {
        var thread = LowPriorityThread.Start<int>("test", () => throw new InvalidDataException("no"));
        var e = Assert.Throws<InvalidDataException>(() => thread.Join());
        Assert.Equal("no", e.Message);
        Assert.Contains(nameof(A_failure_is_rethrown_by_the_join_as_it_was_thrown), e.StackTrace, StringComparison.Ordinal);
    }

    /// <summary>The process's pool threads (named ".NET TP Worker") with their nice values; elsewhere than Linux (no /proc, nothing lowered) one placeholder at 0.</summary>
    private static List<(string Id, int Nice)> PoolWorkers()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [("none", 0)];
        }

        var workers = new List<(string, int)>();
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd() == ".NET TP Worker")
                {
                    workers.Add((Path.GetFileName(task), NiceIn(File.ReadAllText(Path.Combine(task, "stat")))));
                }
            }
            catch (IOException)
            {
                // the thread ended while listed
            }
        }

        return workers;
    }

    /// <summary>The calling thread's nice value (Linux: field 19 of /proc/thread-self/stat); 0 elsewhere.</summary>
    private static int Nice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return NiceIn(File.ReadAllText("/proc/thread-self/stat"));
    }

    /// <summary>The process's nice value as started (its main thread's: /proc/self/stat); 0 elsewhere than Linux.</summary>
    private static int ProcessNice() => OperatingSystem.IsLinux() ? NiceIn(File.ReadAllText("/proc/self/stat")) : 0;

    private static int NiceIn(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture); // fields from the 3rd on: nice is the 19th
    }
}
