using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Scheduling;

/// <summary>One execution of the scheduled job, as the journal saw it.</summary>
/// <param name="Due">The fire time the trigger was due at (after a misfire, the time it was re-fired for).</param>
public sealed record ScheduledRun(string Trigger, DateTimeOffset? Due, DateTimeOffset Started, DateTimeOffset Finished, RunStatus Status, string RunId, string Message);
