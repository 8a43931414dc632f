namespace BeltRoad.Stats.Storage;

/// <summary>What started a run, as the run log's <c>trigger</c> column says it.</summary>
public enum RunTrigger
{
    /// <summary>A firing of the cron schedule, on time.</summary>
    Cron,

    /// <summary>A firing that came late (the scheduler was down or busy) and was run once for all the missed ones.</summary>
    Missed,

    /// <summary>The scheduler's <c>--run-now</c>.</summary>
    RunNow,

    /// <summary>The <c>run</c> command.</summary>
    Manual,
}
