namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The documents and facts as the report numbers and orders them (what the HTML view's rows need, before the rest of
/// the model), with each fact's view by id (the first in that order), which the data-quality section's findings name.
/// </summary>
internal sealed record ReportViews(List<DocumentView> Documents, List<FactView> Facts, Dictionary<string, FactView> ById);
