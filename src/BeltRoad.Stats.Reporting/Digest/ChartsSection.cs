using System.Globalization;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>The corpus' charts, like compared with like: time series across documents first, then comparisons.</summary>
internal static class ChartsSection
{
    public const int MaxCharts = 12;

    public static void Compose(DigestContext c, string anchor)
    {
        var charts = Charts(c.Model).ToList();
        c.Document.Paragraph(
            charts.Count == 0
                ? "没有可以同类比较的数据（同一指标、单位、口径、性质与时期的两个以上主体，或同一系列的两个以上时点）。"
                : "时间序列图：同一主体、同一指标在不同时点的数据，点下注明日期与文件编号；比较图：同一指标、单位、口径、性质与时期的不同主体。"
                  + (charts.Count > MaxCharts ? string.Create(CultureInfo.InvariantCulture, $"共 {charts.Count} 幅，此处列出前 {MaxCharts} 幅，全部见 charts/ 与 index.html。") : ""),
            c.Type.Lead);
        foreach (var chart in charts.Take(MaxCharts))
        {
            c.Chart(chart);
        }
    }

    /// <summary>Series over time first (what moved), then comparisons, each in group order.</summary>
    public static IEnumerable<PlannedChart> Charts(Model.ReportModel model) =>
        model.Groups.SelectMany(g => g.Charts).OrderBy(chart => chart.Purpose == ChartPurpose.TimeSeries ? 0 : 1);
}
