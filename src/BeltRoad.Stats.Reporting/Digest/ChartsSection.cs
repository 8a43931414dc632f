using System.Globalization;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// The corpus' charts beyond the headline series' own (each on its series' page): series over time first, then
/// comparisons and breakdowns, up to <see cref="MaxCharts"/>; every chart of the run not drawn in the digest is listed by
/// name with why, so none goes missing without a word.
/// </summary>
internal static class ChartsSection
{
    public const int MaxCharts = 12;

    public static void Compose(DigestContext c, string anchor)
    {
        var charts = Charts(c.Model).ToList();
        c.Document.Paragraph(
            charts.Count == 0
                ? "除要点系列外，没有可以同类比较的数据（同一指标、单位、口径、性质与时期的两个以上主体，或同一系列的两个以上时点）。"
                : "时间序列图：同一系列（主体、指标、单位、口径、性质与时期形态相同）在不同时点的数据；比较图：同一指标、单位、口径、性质与时期的不同主体，按数值从大到小排列。",
            c.Type.Lead);
        var drawn = c.Cuts.Of(MaxCharts);
        foreach (var chart in charts.Take(drawn))
        {
            c.Chart(chart);
        }

        LeftOut(c, charts.Skip(drawn).ToList(), drawn);
    }

    /// <summary>The group charts this section draws: not the headline series' (on their pages), series over time first, each in group order.</summary>
    public static IEnumerable<PlannedChart> Charts(Model.ReportModel model)
    {
        var headlines = model.Headlines.Select(h => h.Series).ToHashSet();
        return model.Groups.SelectMany(g => g.Charts)
            .Where(chart => chart.Series is null || !headlines.Contains(chart.Series))
            .OrderBy(chart => chart.Purpose == ChartPurpose.TimeSeries ? 0 : 1);
    }

    private static void LeftOut(DigestContext c, List<PlannedChart> charts, int drawn)
    {
        if (charts.Count == 0)
        {
            return;
        }

        c.Document.Heading(2, string.Create(CultureInfo.InvariantCulture, $"未收入摘要的图表（{charts.Count}幅）"));
        c.Document.Paragraph(string.Create(CultureInfo.InvariantCulture, $"摘要只收入前 {drawn} 幅图表，以控制篇幅；以下图表的 SVG 与 PNG 文件在 charts/ 文件夹，index.html 中也可查看。"), c.Type.Note);
        c.Document.Table(t =>
        {
            t.Columns(2.2, 5.8).Header("文件", "图表");
            foreach (var chart in charts)
            {
                t.Row("charts/" + chart.FileStem + ".svg", chart.Spec.Title);
            }
        });
    }
}
