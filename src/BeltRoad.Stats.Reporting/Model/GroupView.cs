using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>One digest section: a metric group, how many facts it has and the charts planned for it.</summary>
internal sealed record GroupView(MetricGroupInfo Info, int FactCount, IReadOnlyList<PlannedChart> Charts)
{
    public string Anchor => "group-" + PlannedChart.Slug(Info.Code);

    /// <summary>Totals-and-parts passages that could not be charted, each with its reason (data-quality material): the first the digest lists.</summary>
    public IReadOnlyList<Breakdown> UnchartedBreakdowns { get; init; } = [];

    /// <summary>How many passages could not be charted, listed or not.</summary>
    public int UnchartedCount { get; init; }
}
