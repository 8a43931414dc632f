using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>
/// Ctrl+C (SIGINT) while a scheduled run is going: the run is cancelled, nothing is published, exit 130.
/// Deterministic: the run pauses as soon as it has its staging folder (the publisher's test hook), the
/// interrupt is sent, and the run is let go only once the job has logged that it was told to stop.
/// </summary>
public sealed class CtrlCTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ctrl_C_during_a_scheduled_run_cancels_it_keeps_the_published_set_and_exits_130()
    {
        using var work = new Workspace(2);
        var first = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var published = PublishedSet.ReadComplete(work.Output, expected);
        work.AddSeed(3); // a change, so the scheduled run regenerates rather than being up to date

        var marker = Path.Combine(work.Root, ".reports.paused");
        var environment = new Dictionary<string, string> { ["BELTROAD_STATS_TEST_PAUSE_AT"] = "staging-created" };
        using var process = CliProcess.StartInterruptible(work.Root, environment, "schedule", "--cron", "0 0 6 * * ?", "--time-zone", "UTC", "--run-now", "--input", "input", "--output", "reports");
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await Wait.Until(() => File.Exists(marker) || process.HasExited, Patience, "the run to pause with its staging folder");
            Assert.False(process.HasExited, $"exited {(process.HasExited ? process.ExitCode : 0)} before the run paused\n{string.Join('\n', log)}");
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            await Wait.Until(() => log.Any(l => l.Contains("Stop requested", StringComparison.Ordinal)) || process.HasExited, Patience, "the job to hear the stop");
            File.Delete(marker); // resume the run: it meets the cancellation at its next step
            await process.WaitForExitAsync().WaitAsync(Patience);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            File.Delete(marker);
        }

        var lines = string.Join('\n', log);
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{lines}\n{await error}");
        Assert.Equal(published.RunId, PublishedSet.ReadComplete(work.Output, expected).RunId);
        Assert.Contains(RunLog.Read(RunLog.PathFor(work.Output)), r => r.Status == RunStatus.Cancelled);
        Assert.Contains("cancelled", lines, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(work.Root, ".reports.staging-*"));
    }
}
