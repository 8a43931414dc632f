using BeltRoad.Stats.Domain;
namespace BeltRoad.Stats.Storage;

/// <summary>One run of the job as the history in <c>facts.sqlite</c> keeps it.</summary>
/// <param name="Finished">Null while the run is still going (the database is written before the run ends).</param>
/// <param name="Fingerprint">Digest of the inputs and configuration, to tell an unchanged input from a changed one.</param>
/// <param name="ChangesAdded">Facts present now but not in the previous run (likewise removed and changed).</param>
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
    string? Message);
