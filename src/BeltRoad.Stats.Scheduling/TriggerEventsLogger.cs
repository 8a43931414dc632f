using Microsoft.Extensions.Logging;
using Quartz;

namespace BeltRoad.Stats.Scheduling;

/// <summary>Says in the log when the misfire policy steps in, so a late or coalesced run is never a mystery.</summary>
internal sealed class TriggerEventsLogger(ILogger<TriggerEventsLogger> logger) : ITriggerListener
{
    public string Name => "beltroad-trigger-events";

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken)
    {
        // Notified before the instruction is applied: the next fire time is still the missed one.
        logger.LogWarning(
            "Missed the firing due at {Due:u} (a run outlasted it or the process was paused); misfire policy: fire once now, then follow the schedule",
            trigger.NextFireTimeUtc);
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerSkipped(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken)
    {
        logger.LogInformation("A firing came due while a run was going; it was coalesced into the next run");
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.FromResult(false);

    public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask TriggerRetriesExhausted(ITrigger trigger, IJobExecutionContext context, JobExecutionException exception, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
