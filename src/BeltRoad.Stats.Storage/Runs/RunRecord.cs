using BeltRoad.Stats.Domain;
namespace BeltRoad.Stats.Storage;

/// <summary>One run of the job as the run log (the store's <c>runs</c> table) and <c>facts.sqlite</c> keep it.</summary>
/// <param name="Finished">Null while the run is still going (the database is written before the run ends).</param>
/// <param name="Fingerprint">Digest of the inputs and configuration, to tell an unchanged input from a changed one.</param>
/// <param name="ChangesAdded">Facts present now but not in the previous run (likewise removed and changed).</param>
/// <param name="Node">The process that ran it (the scheduler's instance id, else host and pid); null in logs older than schema 2.</param>
/// <param name="ScheduledFireTime">The firing it ran for; null for a manual run.</param>
public sealed record RunRecord(
    string RunId,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    RunStatus Status,
    string Fingerprint,
    int Documents,
    int Facts,
    int Warnings,
    int Failures,
    int ChangesAdded,
    int ChangesRemoved,
    int ChangesChanged,
    string? Message,
    string? Node = null,
    RunTrigger Trigger = RunTrigger.Manual,
    DateTimeOffset? ScheduledFireTime = null);
