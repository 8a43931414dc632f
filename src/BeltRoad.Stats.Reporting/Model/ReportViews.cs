using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The documents as the report numbers them and what one pass over the facts gathered (<see cref="ReportPass"/>), with
/// the view of a fact the changes name by its id (null for another id, as for a removed fact), and the findings with
/// each one's members as the reports print them.
/// </summary>
internal sealed record ReportViews(
    List<DocumentView> Documents,
    ReportPass Pass,
    Func<string, FactView?> ViewOf,
    IReadOnlyList<CrossDocumentFinding> Findings,
    IReadOnlyList<FindingMembers> FindingMembers);
