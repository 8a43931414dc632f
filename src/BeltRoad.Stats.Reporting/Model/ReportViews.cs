namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The documents and facts as the report numbers and orders them (what the HTML view's rows need, before the rest of
/// the model), with the view of a fact by its id (null for an id not in the table: a removed fact the changes name),
/// and each finding's members' views in the finding's order (<see cref="Domain.FindingMembership"/>).
/// </summary>
internal sealed record ReportViews(
    List<DocumentView> Documents, List<FactView> Facts, Func<string, FactView?> ViewOf, IReadOnlyList<List<FactView>> FindingMembers);
