using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The <c>schedule</c> command: runs in the foreground until Ctrl+C or SIGTERM. Exit code 0 when stopped
/// between runs, 130 when stopping cancelled a run (its staging folder is discarded; the published set stays).
/// </summary>
public static class ScheduledRegeneration
{
    public const int ShownFireTimes = 3;

    public static async Task<int> RunAsync(ScheduleOptions options, TextWriter output, bool verbose, CancellationToken cancellationToken) =>
        await RunAsync(options, output, logging => SchedulerSetup.DefaultLogging(logging, verbose), null, cancellationToken).ConfigureAwait(false);

    internal static async Task<int> RunAsync(
        ScheduleOptions options, TextWriter output, Action<ILoggingBuilder> logging, Func<IServiceProvider, ReportRunner>? runner, CancellationToken cancellationToken)
    {
        var schedule = options.Schedule;
        var now = DateTimeOffset.UtcNow;
        var missed = MissedFiring.Find(schedule, RunLog.Read(RunLog.PathFor(options.Run.OutputDirectory)), now);
        var next = schedule.NextAfter(now, ShownFireTimes);
        await output.WriteLineAsync($"Scheduling {Path.GetFullPath(options.Run.InputDirectory)} -> {Path.GetFullPath(options.Run.OutputDirectory)} with cron {schedule}").ConfigureAwait(false);
        await output.WriteLineAsync($"Next runs: {string.Join(", ", next.Select(schedule.Show))}{(options.RunNow || missed is not null ? " (and one now)" : "")}").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        using var host = SchedulerSetup.Build(options, fireNow: options.RunNow || missed is not null, logging, runner);
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        var state = host.Services.GetRequiredService<SchedulerStateFile>();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BeltRoad.Stats.Scheduling");
        logger.LogInformation(
            "Scheduler started (pid {Pid}): cron {Schedule}; next run at {Next}. Policies: never two runs at once; firings during a run coalesce into one; a missed firing (downtime, or more than {Threshold} s late) fires once now",
            Environment.ProcessId, schedule.ToString(), schedule.Show(next[0]), SchedulerSetup.MisfireThreshold.TotalSeconds);
        if (missed is { } due)
        {
            logger.LogWarning("Missed the firing due at {Due} while the scheduler was not running; misfire policy: fire once now", schedule.Show(due));
        }
        else if (options.RunNow)
        {
            logger.LogInformation("Running once now (--run-now)");
        }

        state.Write(options, next[0]);
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while the host was still starting.
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            state.Delete();
        }

        var cancelled = journal.Runs.Any(r => r.Status == RunStatus.Cancelled);
        logger.LogInformation("Scheduler stopped after {Runs} run(s){Cancelled}", journal.Runs.Count, cancelled ? "; the run in progress was cancelled and the published reports left as they were" : "");
        return cancelled ? ExitCodes.Cancelled : ExitCodes.Ok;
    }
}
