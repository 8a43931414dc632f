using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// What changed since the previous published run, as an analyst reads it: documents added or removed, new points of a
/// series, revised values (same series and as_of, new value), conflicts that appeared or were resolved.
/// </summary>
internal sealed record ChangeSummary(
    IReadOnlyList<DocumentView> AddedDocuments,
    IReadOnlyList<string> RemovedDocuments,
    IReadOnlyList<FactView> NewPoints,
    IReadOnlyList<(Fact Before, FactView After)> Revisions,
    IReadOnlyList<FindingView> ConflictsAppeared,
    IReadOnlyList<FindingView> ConflictsResolved,
    int Restated,
    int RemovedFacts)
{
    public static ChangeSummary None { get; } = new([], [], [], [], [], [], 0, 0);

    public bool IsEmpty => AddedDocuments.Count + RemovedDocuments.Count + NewPoints.Count + Revisions.Count + ConflictsAppeared.Count + ConflictsResolved.Count + RemovedFacts == 0;
}
