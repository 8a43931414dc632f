using System.Diagnostics;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>Ctrl+C (SIGINT) while a scheduled run is going: the run is cancelled, nothing is published, exit 130.</summary>
public sealed class CtrlCTests
{
    [Fact]
    public async Task Ctrl_C_during_a_scheduled_run_cancels_it_keeps_the_published_set_and_exits_130()
    {
        using var work = new Workspace(2);
        var first = await CliProcess.Run(work.Root, "run", "--input", "input", "--output", "reports");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var expected = OutputSnapshot.Names(work.Output);
        var published = PublishedSet.ReadComplete(work.Output, expected);
        // Enough new documents that the next run lasts long enough to be interrupted.
        for (var copy = 0; copy < 8; copy++)
        {
            for (var seed = 0; seed < 5; seed++)
            {
                File.Copy(RepoPaths.Seed(seed), Path.Combine(work.Input, $"copy{copy}-{seed}.txt"));
            }
        }

        using var process = CliProcess.Start(work.Root, "schedule", "--cron", "0 0 6 * * ?", "--time-zone", "UTC", "--run-now", "--input", "input", "--output", "reports");
        var started = new TaskCompletionSource();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            log.Enqueue(e.Data ?? "");
            if (e.Data?.Contains("Run starting", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEndAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200);
        using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var lines = string.Join('\n', log);
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{lines}\n{await error}");
        Assert.Equal(published.RunId, PublishedSet.ReadComplete(work.Output, expected).RunId);
        Assert.Contains(RunLog.Read(RunLog.PathFor(work.Output)), r => r.Status == RunStatus.Cancelled);
        Assert.Contains("cancelled", lines, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(work.Root, ".reports.staging-*"));
    }
}
