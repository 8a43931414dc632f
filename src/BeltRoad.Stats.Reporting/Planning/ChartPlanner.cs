using System.Globalization;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Chooses charts from the facts alone, each comparing like with like (<see cref="ChartPurity"/> states the rules):
/// <list type="bullet">
/// <item>comparison: one <see cref="ComparisonKey"/> (indicator, unit, aggregation, nature, comparable period), one bar per
/// entity, at least <see cref="MinBars"/> entities; at most <see cref="MaxComparisonsPerGroup"/> per metric group;</item>
/// <item>time series: one series (<see cref="SeriesKey"/>, the period's shape included) at two or more dates, points
/// from any document (<see cref="SeriesBuilder"/>); series stated by more documents first, at most
/// <see cref="MaxSeriesPerGroup"/> per group besides the headline series;</item>
/// <item>breakdown: a total and the parts one passage states of it (<see cref="BreakdownRule"/>), the total first as
/// the reference, then the parts, then 「其他」 for what the parts leave; none when a part differs from the total or the
/// parts exceed it (<see cref="Breakdown.Violation"/>, reported in the data-quality section);</item>
/// <item>program charts (facts per metric, per document) describe the run, not the corpus.</item>
/// </list>
/// </summary>
internal static class ChartPlanner
{
    public const int MinBars = 2;
    public const int MaxBars = 10;
    public const int MaxComparisonsPerGroup = 3;
    public const int MaxSeriesPerGroup = 3;
    public const int MaxBreakdownsPerGroup = 2;

    /// <summary>The bar that stands for what a total holds beyond its listed parts.</summary>
    public const string RemainderLabel = "其他";

    /// <summary>Labels longer than this (or more bars than <see cref="MaxVerticalBars"/>) get horizontal bars.</summary>
    private const int MaxVerticalLabel = 6;
    private const int MaxVerticalBars = 6;

    public static IReadOnlyList<PlannedChart> ForGroup(MetricGroupInfo group, IReadOnlyList<FactView> facts) =>
        ForGroup(group, GroupTally.Of(facts), Series.SeriesBuilder.Build(facts).Drawable.ToList());

    /// <summary>
    /// The group's charts from its <paramref name="tally"/> (the newest figures by comparison key, the chartable
    /// passages), and its drawable <paramref name="series"/> (most documented first) of which the first
    /// <see cref="MaxSeriesPerGroup"/> and every headline series (<paramref name="always"/>) get a chart.
    /// </summary>
    public static IReadOnlyList<PlannedChart> ForGroup(MetricGroupInfo group, GroupTally tally, IReadOnlyList<SeriesView> series, ISet<int>? always = null)
    {
        var slug = PlannedChart.Slug(group.Code);
        var comparisons = tally.Comparable
            .Where(c => c.Points.Count >= MinBars)
            .OrderByDescending(c => c.Points.Count).ThenByDescending(c => c.Points.Max(f => f.Metric.Priority)).ThenBy(c => c.Points.Min(f => f.Index))
            .Take(MaxComparisonsPerGroup)
            .Select((c, i) => Comparison(slug + "-compare-" + Number(i + 1), c.Key, c.Points));
        var timeSeries = series
            .Where((s, i) => i < MaxSeriesPerGroup || always?.Contains(s.Number) == true)
            .Select(TimeSeries);
        var breakdowns = tally.Breakdowns
            .Select((b, i) => BreakdownChart(slug + "-breakdown-" + Number(i + 1), b));
        return [.. comparisons, .. timeSeries, .. breakdowns];
    }

    /// <summary>
    /// The program charts: facts per metric (<paramref name="metrics"/>, as <see cref="ReportPass.Metrics"/> counts them) and
    /// per document; each names as its facts <paramref name="documentFacts"/>, a fact of every document (for the source note).
    /// </summary>
    public static IReadOnlyList<PlannedChart> Overview(
        IReadOnlyList<(string Label, int Count, int Priority)> metrics, IReadOnlyList<FactView> documentFacts, IReadOnlyList<DocumentView> documents)
    {
        if (documentFacts.Count == 0)
        {
            return [];
        }

        var byMetric = metrics
            .OrderByDescending(m => m.Count).ThenByDescending(m => m.Priority).ThenBy(m => m.Label, StringComparer.Ordinal)
            .ToList();
        var counts = ValueFormat.Chinese("条");
        var metricChart = ChartSpec.HorizontalBar("各指标的统计事实数", [.. byMetric.Select(m => m.Label)], [.. byMetric.Select(m => (decimal)m.Count)], counts)
            with { SourceNote = SourceNote(documents) };
        var docs = documents.Where(d => d.FactCount > 0).OrderByDescending(d => d.FactCount).ThenBy(d => d.Number).Take(MaxBars).OrderBy(d => d.Number).ToList();
        var docChart = ChartSpec.HorizontalBar("各文件的统计事实数", [.. docs.Select(d => "文" + Number(d.Number) + " " + d.ShortTitle)], [.. docs.Select(d => (decimal)d.FactCount)], counts)
            with { SourceNote = "文件编号见“来源文件”一节" };
        return [new PlannedChart("overview-metrics", metricChart, documentFacts), new PlannedChart("overview-documents", docChart, documentFacts)];
    }

    private static PlannedChart Comparison(string stem, ComparisonKey key, List<FactView> points)
    {
        var shown = points.OrderByDescending(f => f.Fact.Value).ThenBy(f => f.Index).Take(MaxBars).ToList();
        var labels = shown.Select(f => Signed(f.Fact.Entity, f.Fact.Qualifier)).ToList();
        var values = shown.Select(f => f.Fact.Value).ToList();
        var format = UnitWords.ChartFormat(key.Unit, shown[0].Fact.Measure);
        var title = key.Indicator + "（" + UnitWords.Caption(key.Unit) + "，" + key.Aggregation.ChineseWord() + "，" + PeriodWords(key.Period) + "）";
        var spec = labels.Any(l => l.Length > MaxVerticalLabel) || labels.Count > MaxVerticalBars
            ? ChartSpec.HorizontalBar(title, labels, values, format)
            : ChartSpec.Bar(title, labels, values, format);
        spec = spec with
        {
            Subtitle = (points.Count > MaxBars ? $"数值最大的{MaxBars}项（共{points.Count}项）；" : "") + "各主体取该期最新数据；标签：" + QualifierSigns.Legend,
            SourceNote = SourceNote(shown),
        };
        return new PlannedChart(stem, spec, shown) { Purpose = ChartPurpose.Comparison };
    }

    /// <summary>One series over time, one point per figure (bounds drawn as bounds, conflicting figures flagged).</summary>
    public static PlannedChart TimeSeries(SeriesView series)
    {
        var points = series.Points;
        var spec = ChartSpec.TimeSeries(
            series.Title,
            [.. points.Select(p => p.Date)],
            [.. points.Select(p => p.PeriodWords)],
            [new ChartSeries(series.Name, [.. points.Select(p => (decimal?)p.Fact.Value)]) { Marks = [.. points.Select(p => p.Mark)] }],
            UnitWords.ChartFormat(series.Key.Unit, points[0].Fact.Measure)) with
        {
            Subtitle = series.Key.Nature.ChineseWord() + " · " + series.ShapeWords + "；▲ 下限（超过、不少于），▼ 上限（近、最高），橙色圈为文件间有出入",
            SourceNote = SourceNote(points.SelectMany(p => p.Facts)),
        };
        return new PlannedChart(series.Stem, spec, [.. points.SelectMany(p => p.Facts)]) { Purpose = ChartPurpose.TimeSeries, Series = series };
    }

    private static PlannedChart BreakdownChart(string stem, Breakdown breakdown)
    {
        var total = breakdown.Total.Fact;
        var parts = breakdown.Parts.OrderByDescending(p => p.Fact.Value).ThenBy(p => p.Index).ToList();
        var labels = new List<string> { Signed("合计", total.Qualifier) };
        labels.AddRange(parts.Select(p => Signed(breakdown.Label(p), p.Fact.Qualifier)));
        var values = new List<decimal> { total.Value };
        values.AddRange(parts.Select(p => p.Fact.Value));
        if (breakdown.Remainder > 0)
        {
            labels.Add(RemainderLabel);
            values.Add(breakdown.Remainder);
        }

        var period = ComparablePeriod.Of(total) ?? ComparablePeriod.Unstated;
        var title = total.Entity + " · " + total.Indicator + "的构成（" + UnitWords.Caption(total.Unit) + "，" + PeriodWords(period) + "）";
        var spec = ChartSpec.HorizontalBar(title, labels, values, UnitWords.ChartFormat(total.Unit, total.Measure)) with
        {
            ReferenceCategory = 0,
            Subtitle = "灰色为文件所述合计，其下为文中列出的组成部分" + (breakdown.Remainder > 0 ? "，「" + RemainderLabel + "」为合计减去所列部分" : "") + "；" + QualifierSigns.Legend,
            SourceNote = SourceNote([breakdown.Total.Document]),
        };
        return new PlannedChart(stem, spec, [breakdown.Total, .. parts]) { Purpose = ChartPurpose.Breakdown };
    }

    private static string Signed(string label, Qualifier qualifier) =>
        QualifierSigns.Of(qualifier) is { Length: > 0 } sign ? label + " " + sign : label;

    private static string PeriodWords(string period) => period switch
    {
        ComparablePeriod.Timeless => "固有属性",
        ComparablePeriod.Unstated => "时期未注明",
        _ when Period.TryParse(period, out var parsed) => PeriodText.Of(parsed),
        _ => period,
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The documents of <paramref name="points"/> in the model's order (by number), each once.</summary>
    // From the points, not by testing each of the model's documents against them: a chart of 100 MB of input asked
    // 3,700 documents, each compared as a record with every point.
    private static string SourceNote(IEnumerable<FactView> points) =>
        SourceNote(points.Select(f => f.Document).DistinctBy(d => d.Number).OrderBy(d => d.Number));

    private static string SourceNote(IEnumerable<DocumentView> documents)
    {
        var refs = documents.Select(d => d.Ref).ToList();
        return refs.Count == 0 ? "来源：本次处理的文件" : "来源：文件" + string.Concat(refs.Take(12)) + (refs.Count > 12 ? "等" : "") + "（见“来源文件”一节）";
    }
}
