using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;
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
        await RunAsync(options, output, logging => SchedulerSetup.DefaultLogging(logging, verbose), null, TimeProvider.System, cancellationToken).ConfigureAwait(false);

    /// <param name="clock">Only for what is worked out before the scheduler starts (missed firing, next fire times).</param>
    internal static async Task<int> RunAsync(
        ScheduleOptions options, TextWriter output, Action<ILoggingBuilder> logging, Func<IServiceProvider, ReportRunner>? runner, TimeProvider clock, CancellationToken cancellationToken)
    {
        var schedule = options.Schedule;
        using (var early = LoggerFactory.Create(logging))
        {
            // A publish killed between its two renames may have left the output (and its run log) aside:
            // put it back before reading the run log for a missed firing.
            await AtomicPublisher.TryRecoverAsync(options.Run.OutputDirectory, early.CreateLogger("BeltRoad.Stats.Scheduling"), cancellationToken).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        // A clustered schedule keeps its triggers in the database, and Quartz's misfire policy finds the missed firing itself.
        var missed = options.Clustered ? null : MissedFiring.Find(schedule, RunLog.Read(options.Run.OutputDirectory, options.Run.Store), now);
        var next = schedule.NextAfter(now, ShownFireTimes);
        // Parse checked the cron fires again, but that was then: a cron with a year can run out since.
        DateTimeOffset? first = next.Count > 0 ? next[0] : null;
        var shown = next.Count > 0 ? string.Join(", ", next.Select(schedule.Show)) : "none (the cron never fires again)";
        await output.WriteLineAsync($"Scheduling {Path.GetFullPath(options.Run.InputDirectory)} -> {Path.GetFullPath(options.Run.OutputDirectory)} with cron {schedule}").ConfigureAwait(false);
        await output.WriteLineAsync($"Next runs: {shown}{(options.RunNow || missed is not null ? " (and one now)" : "")}").ConfigureAwait(false);
        // Not cancellable: a stop this early is handled where the host starts, with the exit code it should get.
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);

        using var host = SchedulerSetup.Build(options, missed is not null ? RunTrigger.Missed : options.RunNow ? RunTrigger.RunNow : null, logging, runner);
        var journal = host.Services.GetRequiredService<ScheduleJournal>();
        var state = host.Services.GetRequiredService<SchedulerStateFile>();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BeltRoad.Stats.Scheduling");
        logger.LogInformation(
            "Scheduler started (pid {Pid}): cron {Schedule}; next run at {Next}. Policies: never two runs at once; firings during a run coalesce into one; a missed firing (downtime, or more than {Threshold} s late) fires once now",
            Environment.ProcessId, schedule.ToString(), first is { } f ? schedule.Show(f) : "never", SchedulerSetup.MisfireThreshold.TotalSeconds);
        if (options.Run.Store is { } store)
        {
            logger.LogInformation("Run store: {Store}{Cluster}", store.ToString(), options.Clustered ? $"; clustered schedule, this node is {RunStart.ThisProcess}" : "");
        }
        if (missed is { } due)
        {
            logger.LogWarning("Missed the firing due at {Due} while the scheduler was not running; misfire policy: fire once now", schedule.Show(due));
        }
        else if (options.RunNow)
        {
            logger.LogInformation("Running once now (--run-now)");
        }

        state.Write(options, first);
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

        await host.Services.GetRequiredService<ReportRunner>().Settled.ConfigureAwait(false); // the last run's expired history
        var cancelled = journal.Runs.Any(r => r.Status == RunStatus.Cancelled);
        logger.LogInformation("Scheduler stopped after {Runs} run(s){Cancelled}", journal.Runs.Count, cancelled ? "; the run in progress was cancelled and the published reports left as they were" : "");
        return cancelled ? ExitCodes.Cancelled : ExitCodes.Ok;
    }
}
