using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The view model both the digest and the HTML view are drawn from, built once from the fact table.
/// Writers only lay it out; every choice (order, headline, charts) is made here.
/// </summary>
internal sealed record ReportModel(
    ReportInput Input,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<FactView> Headlines,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<PlannedChart> OverviewCharts,
    QualityView Quality)
{
    public FactTable Table => Input.Table;

    /// <summary>Every chart, in the order of the digest: overview first, then each group's.</summary>
    public IEnumerable<PlannedChart> Charts => OverviewCharts.Concat(Groups.SelectMany(g => g.Charts));

    public IReadOnlyList<FactChange> Changes => Input.Changes?.Items ?? [];
}
