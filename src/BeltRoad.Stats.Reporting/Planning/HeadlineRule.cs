using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Chooses the headline figures. The rule, as the digest states it (<see cref="Description"/>):
/// <list type="number">
/// <item>metric priority first (from the metric catalogue: trade 10, finance and trains 9, …);</item>
/// <item>then corroboration: a figure more documents state alike ranks higher, one that documents disagree on lower;</item>
/// <item>then recency by the year of as_of (end of the period): a newer year first; a period ending after the data date
/// is a projection and ranks after every dated figure; an unstated date ranks last;</item>
/// <item>then, within the same year and unit, the larger value (a cumulative total before a daily rate);</item>
/// <item>then document and position, so ties are stable.</item>
/// </list>
/// At most <see cref="PerMetric"/> per metric and one per metric-and-subject, so the list covers several metrics;
/// <see cref="Count"/> in all.
/// </summary>
internal static class HeadlineRule
{
    public const int Count = 8;
    public const int PerMetric = 2;

    public const string Description =
        "要点数据的选取规则：先按指标优先级（指标目录中的 priority），再按印证程度（多份文件给出相同数值者在前，文件间有出入者在后），"
        + "再按截至年份（较新者在前；截至日期晚于数据日期的预测值排在有日期的数据之后，未注明日期者最后），同一年份、同一单位内数值较大者在前；"
        + "每个指标至多2条、同一主体只取1条。";

    public static IReadOnlyList<FactView> Choose(IReadOnlyList<FactView> facts, DateOnly dataDate)
    {
        var comparer = Comparer(dataDate);
        var chosen = new List<FactView>();
        var perMetric = new Dictionary<string, int>(StringComparer.Ordinal);
        var subjects = new HashSet<(string, string)>();
        foreach (var fact in facts.Order(comparer))
        {
            var metric = fact.Metric.Code.Value;
            if (chosen.Count == Count || perMetric.GetValueOrDefault(metric) >= PerMetric || !subjects.Add((metric, fact.Fact.Subject)))
            {
                continue;
            }

            perMetric[metric] = perMetric.GetValueOrDefault(metric) + 1;
            chosen.Add(fact);
        }

        return chosen;
    }

    private static IComparer<FactView> Comparer(DateOnly dataDate) => Comparer<FactView>.Create((a, b) =>
    {
        var c = b.Metric.Priority.CompareTo(a.Metric.Priority);
        c = c != 0 ? c : Trust(b).CompareTo(Trust(a));
        c = c != 0 ? c : Recency(b, dataDate).CompareTo(Recency(a, dataDate));
        // A total order (unit before value) so the choice never depends on the sort's internals.
        c = c != 0 ? c : a.Fact.Unit.CompareTo(b.Fact.Unit);
        c = c != 0 ? c : b.Fact.Value.CompareTo(a.Fact.Value);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });

    private static int Trust(FactView f) => f.Reliability == Reliability.Conflicting ? 0 : f.Sources;

    /// <summary>The year the figure speaks for; projections rank just above undated figures (0).</summary>
    private static int Recency(FactView f, DateOnly dataDate)
    {
        if (f.Fact.AsOf is not { } asOf)
        {
            return 0;
        }

        var end = Formatting.PeriodText.AxisDate(asOf.Latest);
        return end.Year > dataDate.Year ? 1 : end.Year;
    }
}
