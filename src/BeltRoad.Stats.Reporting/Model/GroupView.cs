using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>One digest section: a metric group with its facts (by metric priority) and the charts planned for it.</summary>
internal sealed record GroupView(MetricGroupInfo Info, IReadOnlyList<FactView> Facts, IReadOnlyList<PlannedChart> Charts)
{
    public string Anchor => "group-" + PlannedChart.Slug(Info.Code);

    /// <summary>Totals-and-parts passages that could not be charted, each with its reason (data-quality material).</summary>
    public IReadOnlyList<Breakdown> UnchartedBreakdowns { get; init; } = [];

    public int DocumentCount => Facts.Select(f => f.Document.Number).Distinct().Count();
}
