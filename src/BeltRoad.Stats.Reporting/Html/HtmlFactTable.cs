using System.Globalization;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The filters and the frame of the fact table. The rows come from the page data, a page at a time (the script), so
/// the page opens as fast with 100,000 facts as with 20; the filters drive the charts too, and their options (one per
/// document, entity, indicator…) come with the packed lists after the load event.
/// </summary>
internal static class HtmlFactTable
{
    /// <summary>Header (also the label a card shows beside the value) and the page data's column it sorts by, if any.</summary>
    private static readonly (string Label, string? Sort)[] Headers =
    [
        ("#", "n"), ("主体 · 指标", "label"), ("类别", null), ("数值", "value"), ("限定", null), ("性质 · 口径", null),
        ("截至（依据）", "as_of"), ("文件", "doc"), ("可靠性", null), ("原文", null),
    ];

    /// <summary>The filters: each select's id, label and the options it offers (value, words) of the page's facts and documents.</summary>
    private static readonly (string Id, string Label, Func<ReportModel, FilterValues, IEnumerable<(string Value, string Label)>> Options)[] Filters =
    [
        ("filter-entity", "主体", (_, seen) => seen.Entities.Order(StringComparer.Ordinal).Select(e => (e, e))),
        ("filter-indicator", "指标", (_, seen) => seen.Indicators.Order(StringComparer.Ordinal).Select(i => (i, i))),
        ("filter-nature", "性质", (_, seen) => seen.Natures.Order().Select(n => (n.Code(), n.ChineseWord()))),
        ("filter-doc", "文件", (model, _) => model.Documents.Where(d => d.FactCount > 0)
            .Select(d => ((d.Number - 1).ToString(CultureInfo.InvariantCulture), d.Ref + " " + d.ShortTitle))),
        ("filter-metric", "类别", (_, seen) => seen.Metrics.Values
            .OrderByDescending(m => m.Priority).ThenBy(m => m.Code.Value, StringComparer.Ordinal)
            .Select(m => (m.Code.Value, m.LabelZh))),
        ("filter-unit", "单位", (_, seen) => seen.Units.Order().Select(u => (u.Code(), UnitWords.Caption(u)))),
    ];

    /// <summary>The filters' frame: each select offers 「全部」 alone until the script adds its <see cref="Options"/> after the load event.</summary>
    public static void Write(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section id=\"facts\">\n<h2>全部事实</h2>\n<div class=\"filters\" role=\"search\" aria-label=\"筛选\">\n");
        foreach (var (id, label, _) in Filters)
        {
            sb.Append("<label>").Text(label).Append(" <select").Attr("id", id).Append("><option value=\"\">全部</option></select></label>\n");
        }

        sb.Append("<label>搜索 <input type=\"search\" id=\"filter-text\" placeholder=\"主体（中英文名）、指标、数值或原文\"></label>\n")
            .Append("<span id=\"filter-selection\" hidden><span></span> <button type=\"button\" id=\"clear-selection\">清除图表选择</button></span>\n")
            .Append("<span id=\"filter-count\" aria-live=\"polite\">").Append(model.FactCount.ToString(CultureInfo.InvariantCulture)).Append(" 条</span>\n</div>\n");

        sb.Append("<table id=\"fact-table\">\n<thead><tr>");
        foreach (var (label, sort) in Headers)
        {
            if (sort is null)
            {
                sb.Element("th", label);
            }
            else
            {
                sb.Append("<th class=\"sortable\"").Attr("data-sort", sort).Append("><button type=\"button\">").Text(label).Append("</button></th>");
            }
        }

        sb.Append("</tr></thead>\n<tbody></tbody>\n</table>\n")
            .Append("<p class=\"note\" id=\"sort-note\" hidden>按数值排序时先按单位分组（亿元与亿美元不混排），组内按数值排列。</p>\n")
            .Append("<nav class=\"pager\" aria-label=\"分页\"><button type=\"button\" id=\"page-prev\">上一页</button> <span id=\"page-info\"></span> <button type=\"button\" id=\"page-next\">下一页</button></nav>\n")
            .Append("<noscript><p>表格由页面脚本显示；全部事实也在 facts.csv 和 facts.json 中。</p></noscript>\n</section>\n");
    }

    /// <summary>Each filter's id and its options as markup, from one pass over the facts: a corpus-sized list, packed (<see cref="PageLists"/>).</summary>
    public static IEnumerable<(string Id, string Options)> Options(ReportModel model)
    {
        var seen = model.Filters;
        var sb = new StringBuilder(4 * 1024);
        foreach (var (id, _, options) in Filters)
        {
            sb.Clear();
            foreach (var (value, text) in options(model, seen))
            {
                sb.Append("<option").Attr("value", value).Append('>').Text(text).Append("</option>");
            }

            yield return (id, sb.ToString());
        }
    }
}
