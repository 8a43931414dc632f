using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The view model both the digest and the HTML view are drawn from, built once from the fact table.
/// Writers only lay it out; every choice (order, headline, charts) is made here.
/// </summary>
internal sealed record ReportModel(
    ReportInput Input,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<HeadlineCard> Headlines,
    IReadOnlyList<GroupView> Groups,
    IReadOnlyList<PlannedChart> OverviewCharts,
    QualityView Quality)
{
    /// <summary>Every chart, in the order of the digest: overview first, then each group's.</summary>
    public IEnumerable<PlannedChart> Charts => OverviewCharts.Concat(Groups.SelectMany(g => g.Charts));

    public IReadOnlyList<FactChange> Changes => Input.Changes?.Items ?? [];

    /// <summary>The run's series (shaped keys), the thresholds and tiers that are no point of them, and the unshaped figures.</summary>
    public SeriesSet Series { get; init; } = SeriesSet.Empty;

    /// <summary>Targets, pledges, forecasts and estimates: never headlines, never beside actuals.</summary>
    public OutlookView Outlook { get; init; } = OutlookView.None;

    /// <summary>How many facts the report has (every row of the page's table).</summary>
    public int FactCount { get; init; }

    /// <summary>The values the page's filters offer.</summary>
    public FilterValues Filters { get; init; } = new();

    /// <summary>The entities with a section of their own (中欧班列, 亚投行 …), in the digest's order.</summary>
    public IReadOnlyList<EntityView> Entities { get; init; } = [];

    /// <summary>How many entities the facts name: the entity sections, the unnamed one included (the cover's count).</summary>
    public int EntityCount { get; init; }

    /// <summary>Every other entity: counted, the largest in one line each.</summary>
    public OtherEntities OtherEntities { get; init; } = OtherEntities.None;

    /// <summary>What changed since the previous published run, in analyst terms.</summary>
    public ChangeSummary ChangeSummary { get; init; } = ChangeSummary.None;

    /// <summary>The entity section each fact's row is in, by fact index (facts cut from the tables are absent).</summary>
    public IReadOnlyDictionary<int, EntityView> RowOf { get; init; } = new Dictionary<int, EntityView>();
}
