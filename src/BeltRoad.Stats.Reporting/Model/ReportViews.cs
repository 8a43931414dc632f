using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The documents and facts as the report numbers and orders them (what the HTML view's rows need, before the rest of
/// the model), with the view of a fact the changes name by its id (null for another id, as for a removed fact), and the
/// findings with each one's members' views in the report's order.
/// </summary>
internal sealed record ReportViews(
    List<DocumentView> Documents,
    List<FactView> Facts,
    Func<string, FactView?> ViewOf,
    IReadOnlyList<CrossDocumentFinding> Findings,
    IReadOnlyList<List<FactView>> FindingMembers);
