using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Chooses charts from the facts alone, never from what the seed documents happen to say:
/// <list type="bullet">
/// <item>per metric group and unit, the figures side by side when at least <see cref="MinBars"/> subjects have one
/// (one chart per currency: values in different currencies are never converted or mixed), at most
/// <see cref="MaxComparisonsPerGroup"/> units per group, those of the highest-priority metrics first;</item>
/// <item>per metric, subject and unit stated at two or more dates, a time series (at most <see cref="MaxSeriesPerGroup"/> per group);</item>
/// <item>an overview: facts per metric and facts per document.</item>
/// </list>
/// </summary>
internal static class ChartPlanner
{
    public const int MinBars = 2;
    public const int MaxBars = 10;
    public const int MaxComparisonsPerGroup = 4;
    public const int MaxSeriesPerGroup = 3;

    /// <summary>Labels longer than this (or more bars than <see cref="MaxVerticalBars"/>) get horizontal bars.</summary>
    private const int MaxVerticalLabel = 6;
    private const int MaxVerticalBars = 6;

    public static IReadOnlyList<PlannedChart> ForGroup(MetricGroupInfo group, IReadOnlyList<FactView> facts, IReadOnlyList<DocumentView> documents)
    {
        // The most important units first (by the highest metric priority among their facts, then how many there are).
        // 「其他」 counts (sessions, batches, doses, pairs) measure unlike things: they stay in the tables, not side by side in a chart.
        var comparisons = facts.Where(f => f.Fact.Unit != Unit.Other).GroupBy(f => f.Fact.Unit)
            .OrderByDescending(g => g.Max(f => f.Metric.Priority)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => Comparison(group, g.Key, g.ToList(), documents))
            .OfType<PlannedChart>()
            .Take(MaxComparisonsPerGroup);
        return [.. comparisons, .. TimeSeries(group, facts, documents).Take(MaxSeriesPerGroup)];
    }

    public static IReadOnlyList<PlannedChart> Overview(IReadOnlyList<FactView> facts, IReadOnlyList<DocumentView> documents)
    {
        if (facts.Count == 0)
        {
            return [];
        }

        var byMetric = facts.GroupBy(f => f.Metric.Code.Value, StringComparer.Ordinal)
            .Select(g => (Label: g.First().Metric.LabelZh, Count: g.Count(), Priority: g.First().Metric.Priority))
            .OrderByDescending(m => m.Count).ThenByDescending(m => m.Priority).ThenBy(m => m.Label, StringComparer.Ordinal)
            .ToList();
        var counts = ValueFormat.Chinese("条");
        var metricChart = ChartSpec.HorizontalBar("各指标的统计事实数", [.. byMetric.Select(m => m.Label)], [.. byMetric.Select(m => (decimal)m.Count)], counts)
            with { SourceNote = SourceNote(documents) };
        var docs = documents.Where(d => d.FactCount > 0).ToList();
        var docChart = ChartSpec.HorizontalBar("各文件的统计事实数", [.. docs.Select(d => d.Ref + " " + d.ShortTitle)], [.. docs.Select(d => (decimal)d.FactCount)], counts)
            with { SourceNote = "文件编号见“来源文件”一节" };
        return [new PlannedChart("overview-metrics", metricChart, facts), new PlannedChart("overview-documents", docChart, facts)];
    }

    /// <summary>The latest figure per metric and subject in one unit, largest first.</summary>
    private static PlannedChart? Comparison(MetricGroupInfo group, Unit unit, IReadOnlyList<FactView> facts, IReadOnlyList<DocumentView> documents)
    {
        var points = facts
            .GroupBy(f => (f.Metric.Code.Value, f.Fact.Subject))
            .Select(g => g.Order(Representative).First())
            .OrderByDescending(f => f.Fact.Value).ThenBy(f => f.Index)
            .ToList();
        if (points.Count < MinBars)
        {
            return null;
        }

        var shown = points.Take(MaxBars).ToList();
        var metrics = shown.Select(f => f.Metric).DistinctBy(m => m.Code).ToList();
        var labels = shown.Select(f => metrics.Count > 1 ? f.Metric.LabelZh + "：" + f.SubjectText : f.SubjectText).ToList();
        var caption = UnitWords.Caption(unit);
        var names = string.Join("、", metrics.Take(3).Select(m => m.LabelZh));
        var title = group.LabelZh + "：" + names + (names.Contains(caption, StringComparison.Ordinal) ? "" : "（" + caption + "）");
        var values = shown.Select(f => f.Fact.Value).ToList();
        var format = UnitWords.ChartFormat(unit);
        var spec = labels.Any(l => l.Length > MaxVerticalLabel) || labels.Count > MaxVerticalBars
            ? ChartSpec.HorizontalBar(title, labels, values, format)
            : ChartSpec.Bar(title, labels, values, format);
        spec = spec with
        {
            Subtitle = points.Count > MaxBars
                ? $"数值最大的{MaxBars}项（共{points.Count}项），各主体取最新数据"
                : "各主体取最新数据；限定词（超过、近等）见下表",
            SourceNote = SourceNote(documents.Where(d => shown.Any(f => f.Document == d))),
        };
        return new PlannedChart(PlannedChart.Slug(group.Code) + "-" + PlannedChart.Slug(unit.Code()), spec, shown);
    }

    private static IEnumerable<PlannedChart> TimeSeries(MetricGroupInfo group, IReadOnlyList<FactView> facts, IReadOnlyList<DocumentView> documents)
    {
        var series = facts
            .Where(f => f.Fact.AsOf is not null)
            .GroupBy(f => (Metric: f.Metric.Code.Value, f.Fact.Subject, f.Fact.Unit))
            .Select(g => g.GroupBy(f => PeriodText.AxisDate(f.Fact.AsOf!.Latest))
                .Select(d => d.Order(Representative).First())
                .OrderBy(f => PeriodText.AxisDate(f.Fact.AsOf!.Latest))
                .ToList())
            .Where(points => points.Count >= 2)
            .OrderByDescending(points => points[0].Metric.Priority)
            .ThenByDescending(points => points.Count)
            .ThenBy(points => points[0].Index)
            .ToList();
        var number = 0;
        foreach (var points in series)
        {
            var first = points[0];
            var subject = TextCut.Cut(first.SubjectText, 28);
            var spec = ChartSpec.TimeSeries(
                first.Metric.LabelZh + "：" + subject,
                [.. points.Select(f => PeriodText.AxisDate(f.Fact.AsOf!.Latest))],
                [.. points.Select(f => PeriodText.Of(f.Fact.AsOf!.Latest))],
                [new ChartSeries(first.Metric.LabelZh + "（" + UnitWords.Caption(first.Fact.Unit) + "）", [.. points.Select(f => (decimal?)f.Fact.Value)])],
                UnitWords.ChartFormat(first.Fact.Unit)) with
            {
                Subtitle = "同一主体在不同时点的数据",
                SourceNote = SourceNote(documents.Where(d => points.Any(f => f.Document == d))),
            };
            number++;
            yield return new PlannedChart(
                PlannedChart.Slug(group.Code) + "-series-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), spec, points);
        }
    }

    /// <summary>Of several statements of one point: the latest, then the best corroborated, then the first.</summary>
    private static readonly IComparer<FactView> Representative = Comparer<FactView>.Create((a, b) =>
    {
        var c = Latest(b).CompareTo(Latest(a));
        c = c != 0 ? c : b.Sources.CompareTo(a.Sources);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });

    private static DateOnly Latest(FactView f) => f.Fact.AsOf is { } p ? PeriodText.AxisDate(p.Latest) : DateOnly.MinValue;

    private static string SourceNote(IEnumerable<DocumentView> documents)
    {
        var refs = documents.Select(d => d.Ref).ToList();
        return refs.Count == 0 ? "来源：本次处理的文件" : "来源：文件" + string.Concat(refs) + "（见“来源文件”一节）";
    }
}
