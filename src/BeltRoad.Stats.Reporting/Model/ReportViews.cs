namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The documents and facts as the report numbers and orders them (what the HTML view's rows need, before the rest of
/// the model), with the views of the facts the findings and changes name, by id (the first in that order), and each
/// finding's members' views in the finding's order (ids not in the table left out).
/// </summary>
internal sealed record ReportViews(
    List<DocumentView> Documents, List<FactView> Facts, Dictionary<string, FactView> ById, IReadOnlyList<List<FactView>> FindingMembers);
