using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using Microsoft.Extensions.Logging;
using Quartz;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The scheduled job: one <see cref="ReportRunner"/> run. Never two at once (<see cref="DisallowConcurrentExecutionAttribute"/>);
/// a firing that comes due meanwhile waits and coalesces with the others into one (the trigger's BufferOne policy).
/// On shutdown the run is cancelled cleanly: its staging folder is discarded and the published set stays.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class RegenerateReportsJob(ReportRunner runner, ScheduleOptions options, ScheduleJournal journal, SchedulerStateFile state, ILogger<RegenerateReportsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = context.Trigger.Key.Name;
        var started = DateTimeOffset.UtcNow;
        logger.LogInformation("Run starting (trigger {Trigger}, due {Due})", trigger, context.ScheduledFireTimeUtc is { } due ? options.Schedule.Show(due) : "now");
        ScheduledRun Ended(RunStatus status, string runId, string message) =>
            new(trigger, context.ScheduledFireTimeUtc, started, DateTimeOffset.UtcNow, status, runId, message);

        ScheduledRun? record = null;
        journal.Started();
        try
        {
            // Said when it happens: stopping waits for this run to unwind, and the log should say why.
            using var stopping = cancellationToken.Register(() => logger.LogWarning("Stop requested: cancelling the run in progress; the published reports stay as they are"));
            var start = new RunStart(SchedulerSetup.TriggerOf(context), context.Scheduler.SchedulerInstanceId, context.ScheduledFireTimeUtc);
            var outcome = await runner.RunAsync(options.Run, start, cancellationToken).ConfigureAwait(false);
            record = Ended(outcome.Status, outcome.RunId, outcome.Message);
            Log(outcome, record.Finished - started);
        }
        catch (ConfigurationException e)
        {
            // The input folder vanished or the configuration broke since start: the next firing tries again.
            record = Ended(RunStatus.Failed, "", e.Message);
            logger.LogError("Run failed: {Message}; the published reports are unchanged", e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            record = Ended(RunStatus.Cancelled, "", "Cancelled; the previously published reports are unchanged.");
            logger.LogWarning("Run cancelled; the published reports are unchanged");
        }
        catch (Exception e)
        {
            // Anything else (a staging folder that cannot be deleted, a broken run log…) fails this run, not the
            // scheduler: the next firing tries again.
            record = Ended(RunStatus.Failed, "", $"Failed: {e.Message}");
            logger.LogError(e, "Run failed unexpectedly: {Message}", e.Message);
        }
        finally
        {
            // Always: a run left counted as going would make the journal (and the exit code) lie ever after.
            journal.Finished(record ?? Ended(RunStatus.Failed, "", "The run ended without an outcome."));
        }

        // Between runs the process keeps only what the next run reuses (the runner's decoded cache entries). The run's
        // garbage, hundreds of MB at a large corpus, is collected and handed back now: left to the collector's own pace,
        // the process's peak grew run after run (100 MB corpus: 586 MB after one warm run, 1,050 MB after seven; with
        // this, 586–662 MB over nine; a forced collection that keeps the memory committed: 547–741 MB). A run that found
        // everything up to date made next to none, and a full compacting collection of the kept entries is not free.
        if (record?.Status is not RunStatus.UpToDate)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return; // shutting down: there is no next run to announce
        }

        var next = await NextFireTimeAsync(context.Scheduler, cancellationToken).ConfigureAwait(false);
        state.Write(options, next);
        var shown = next switch
        {
            null => "never",
            { } n when n < DateTimeOffset.UtcNow => $"now (the firing due at {options.Schedule.Show(n)} came during this run)",
            { } n => options.Schedule.Show(n),
        };
        logger.LogInformation("Next run at {Next}", shown);
    }

    private void Log(RunOutcome outcome, TimeSpan took)
    {
        var level = outcome.Status switch
        {
            RunStatus.Succeeded or RunStatus.UpToDate => LogLevel.Information,
            RunStatus.PartiallyFailed or RunStatus.Cancelled => LogLevel.Warning,
            _ => LogLevel.Error,
        };
        var changes = outcome.Changes is { } c
            ? $"{c.Count(FactChangeKind.Added)} added, {c.Count(FactChangeKind.Removed)} removed, {c.Count(FactChangeKind.Changed)} changed since run {c.PreviousRunId}"
            : "no previous run to compare with";
        if (outcome.Status is RunStatus.Succeeded or RunStatus.PartiallyFailed)
        {
            logger.Log(level, "Run {RunId} {Status} in {Seconds:F1} s: {Documents} documents, {Facts} facts, {Warnings} warnings, {Failures} failed documents; {Changes}",
                outcome.RunId, Code(outcome.Status), took.TotalSeconds, outcome.Account.Listing.Documents.Count, outcome.Account.Facts,
                outcome.Issues.Count(i => i.Severity == Severity.Warning), outcome.Issues.Count(i => i.Severity == Severity.Failure), changes);
        }
        else
        {
            logger.Log(level, "Run {RunId} {Status} in {Seconds:F1} s: {Message}", outcome.RunId, Code(outcome.Status), took.TotalSeconds, outcome.Message);
        }
    }

    private static async Task<DateTimeOffset?> NextFireTimeAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        try
        {
            var triggers = await scheduler.GetTriggersOfJob(SchedulerSetup.JobKey, cancellationToken).ConfigureAwait(false);
            return triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).DefaultIfEmpty().Min();
        }
        catch (SchedulerException)
        {
            return null; // the scheduler was shut down while this run finished: there is no next run here
        }
    }

    private static string Code(RunStatus status) => Storage.RunStatusCodes.Code(status).Replace('_', ' ');
}
