using System.Diagnostics;
using System.Text.Json;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>Data the scheduler does not control (a state file, a cron that has run out) never crashes it.</summary>
public sealed class GuardTests
{
    [Fact]
    public void Status_shows_a_running_scheduler_whose_time_zone_is_unknown_here_in_UTC()
    {
        using var work = new Workspace();
        using var self = Process.GetCurrentProcess();
        var state = new SchedulerState(Environment.ProcessId, self.StartTime.ToUniversalTime(), "0 0 6 * * ?", "Mars/Olympus_Mons",
            new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(SchedulerStateFile.PathFor(work.Output), JsonSerializer.SerializeToUtf8Bytes(state, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));

        using var output = new StringWriter();
        StatusReport.Write(output, work.Output, null, null, 5, DateTimeOffset.UtcNow);

        Assert.Contains($"Next run: 2026-11-22 06:00:00 +00:00 (scheduler running, pid {Environment.ProcessId}, cron \"0 0 6 * * ?\" in Mars/Olympus_Mons (unknown here; times in UTC))", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cron_that_no_longer_fires_starts_and_says_so_instead_of_crashing()
    {
        using var work = new Workspace(3);
        var options = ScheduleOptions.Resolve("0 0 6 1 1 ? 2030", "UTC", runNow: false, new RunOptions(work.Input, work.Output));
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var code = await ScheduledRegeneration.RunAsync(options, output, ListLoggerProvider.Into(new ListLoggerProvider()), null, new FixedClock(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)), stop.Token);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Next runs: none (the cron never fires again)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_start_puts_back_an_output_left_aside_by_a_publish_killed_between_its_renames()
    {
        using var work = new Workspace(3);
        var first = await new ReportRunner().RunAsync(new RunOptions(work.Input, work.Output));
        Assert.Equal(0, first.ExitCode);
        Directory.Move(work.Output, Path.Combine(work.Root, ".reports.previous-20991231T000000Z-dead00"));
        var options = ScheduleOptions.Resolve("0 0 6 * * ?", "UTC", runNow: false, new RunOptions(work.Input, work.Output)); // creates an empty output, as the real command does
        var log = new ListLoggerProvider();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        await ScheduledRegeneration.RunAsync(options, TextWriter.Null, ListLoggerProvider.Into(log), null, TimeProvider.System, stop.Token);

        Assert.Equal(first.RunId, RunReportReader.TryReadRunId(Path.Combine(work.Output, OutputFiles.RunJson)));
        Assert.Contains(RunLog.Read(RunLog.PathFor(work.Output)), r => r.RunId == first.RunId);
        Assert.Empty(Directory.GetDirectories(work.Root, ".reports.*"));
        Assert.Contains(log.Lines, l => l.StartsWith("Warning: Recovered", StringComparison.Ordinal));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
