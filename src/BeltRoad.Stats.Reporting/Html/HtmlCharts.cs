using System.Text;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The chart figures: title, subtitle and source as text on the server, the plot drawn by the script at the width
/// the figure has (so text stays readable on a phone). Charts of the figures come first; the two about the program
/// itself (facts per metric, per document) belong to data quality.
/// </summary>
internal static class HtmlCharts
{
    public static string Id(PlannedChart chart) => Id(chart.FileStem);

    public static string Id(string fileStem) => "chart-" + fileStem;

    /// <summary>Every chart the page draws, in page order, and whether its marks stand for facts (a program chart counts them).</summary>
    public static IReadOnlyList<(PlannedChart Chart, bool DrawsFacts)> All(ReportModel model) =>
        [.. model.Groups.SelectMany(g => g.Charts).Concat(model.OverviewCharts).Select(c => (c, c.Purpose != ChartPurpose.Program))];

    public static void Write(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section id=\"charts\">\n<h2>图表</h2>\n<p class=\"note\">悬停或用 Tab 键聚焦数据点可看数值、限定、截至日期和来源；点击（或按回车）只在下表显示这些事实。筛选条件同时作用于图表和表格。</p>\n");
        sb.Append("<p id=\"charts-empty\" class=\"note\" hidden>没有符合筛选条件的图表。</p>\n");
        if (model.Charts.Any(c => c.Series is not null))
        {
            sb.Append("<div class=\"picker\" role=\"group\" aria-label=\"选择系列\"><label>主体 <select id=\"pick-entity\"></select></label>")
                .Append("<label>指标 <select id=\"pick-indicator\"></select></label><label>时期形态 <select id=\"pick-shape\"></select></label>")
                .Append("<button type=\"button\" id=\"pick-all\">显示全部</button></div>\n");
        }

        foreach (var group in model.Groups.Where(g => g.Charts.Count > 0))
        {
            sb.Append("<div class=\"chart-group\"><h3").Attr("id", "charts-" + group.Anchor).Append('>').Text(group.Info.LabelZh + " " + group.Info.LabelEn).Append("</h3>\n");
            Figures(sb, group.Charts);
            sb.Append("</div>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>Facts per metric and per document: how the run went, not what the documents say.</summary>
    public static void ProgramStatistics(StringBuilder sb, ReportModel model)
    {
        if (model.OverviewCharts.Count == 0)
        {
            return;
        }

        sb.Append("<h3>提取概况</h3>\n");
        Figures(sb, model.OverviewCharts);
    }

    private static void Figures(StringBuilder sb, IEnumerable<PlannedChart> charts)
    {
        sb.Append("<div class=\"charts\">\n");
        foreach (var chart in charts)
        {
            var spec = chart.Spec;
            sb.Append("<figure class=\"chart\"").Attr("id", Id(chart)).Append(">\n<figcaption>").Element("strong", spec.Title);
            if (!string.IsNullOrWhiteSpace(spec.Subtitle))
            {
                sb.Append("<br>").Element("span", spec.Subtitle, "note");
            }

            sb.Append("</figcaption>\n<div class=\"plot\" role=\"group\"").Attr("aria-label", spec.Title).Append("></div>\n<p class=\"source note\">")
                .Text(spec.SourceNote).Append(" · <a").Attr("href", "charts/" + chart.FileStem + ".svg").Append(">SVG</a> · <a")
                .Attr("href", "charts/" + chart.FileStem + ".png").Append(">PNG</a>");
            if (chart.Series is not null)
            {
                sb.Append(" · <button type=\"button\" class=\"csv\"").Attr("data-chart", Id(chart)).Append(">下载 CSV</button>");
            }

            sb.Append("</p>\n</figure>\n");
        }

        sb.Append("</div>\n");
    }
}
