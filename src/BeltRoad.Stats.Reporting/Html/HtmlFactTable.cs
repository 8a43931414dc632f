using System.Globalization;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The fact table, rendered on the server (readable without script) with data attributes the script filters
/// by metric, document, unit and free text, and sorts by any column.
/// </summary>
internal static class HtmlFactTable
{
    public static void Write(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section id=\"facts\">\n<h2>全部事实</h2>\n<div class=\"filters\" role=\"search\">\n");
        Select(sb, "filter-metric", "指标", model.Facts.Select(f => f.Metric).DistinctBy(m => m.Code)
            .OrderByDescending(m => m.Priority).ThenBy(m => m.Code.Value, StringComparer.Ordinal)
            .Select(m => (m.Code.Value, m.LabelZh + "（" + m.Code.Value + "）")));
        Select(sb, "filter-doc", "文件", model.Documents.Where(d => d.FactCount > 0).Select(d => (d.Info.Name, d.Ref + " " + d.ShortTitle)));
        Select(sb, "filter-unit", "单位", model.Facts.Select(f => f.Fact.Unit).Distinct().Order()
            .Select(u => (u.Code(), UnitWords.Caption(u) + "（" + u.Code() + "）")));
        sb.Append("<label>搜索 <input type=\"search\" id=\"filter-text\" placeholder=\"主体、指标、数值或原文\"></label>\n")
            .Append("<span id=\"filter-count\" aria-live=\"polite\">").Append(model.Facts.Count.ToString(CultureInfo.InvariantCulture)).Append(" 条</span>\n</div>\n");

        sb.Append("<table id=\"fact-table\">\n<thead><tr>");
        foreach (var (label, key) in new[] { ("#", "num"), ("主体 · 指标", "text"), ("类别", "text"), ("数值", "num"), ("限定", "text"), ("性质 · 口径", "text"), ("截至（依据）", "text"), ("文件", "text"), ("可靠性", "text"), ("原文", "text") })
        {
            sb.Append("<th").Attr("data-sort", key).Append(" tabindex=\"0\">").Text(label).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in model.Facts)
        {
            Row(sb, f);
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder sb, FactView f)
    {
        sb.Append("<tr").Attr("id", f.Anchor).Attr("data-metric", f.Metric.Code.Value).Attr("data-doc", f.Fact.Doc)
            .Attr("data-unit", f.Fact.Unit.Code()).Attr("data-entity", f.Fact.Entity).Attr("data-nature", f.Fact.Nature.Code())
            .Attr("data-aggregation", f.Fact.Aggregation.Code()).Append('>');
        sb.Append("<td").Attr("data-key", f.Index.ToString(CultureInfo.InvariantCulture)).Append('>').Append(f.Index.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        sb.Append("<td").Attr("title", f.SubjectText).Append('>').Text(f.EntityIndicator).Append("</td>");
        sb.Element("td", f.Metric.LabelZh);
        sb.Append("<td class=\"num\"").Attr("data-key", f.Fact.Value.ToString(CultureInfo.InvariantCulture)).Attr("title", f.Fact.Value.ToString(CultureInfo.InvariantCulture) + " " + f.Fact.Unit.Code())
            .Append('>').Text(f.ValueText).Append("</td>");
        sb.Element("td", f.QualifierWord);
        sb.Element("td", f.NatureAggregation);
        sb.Append("<td").Attr("data-key", f.Fact.AsOf?.ToString() ?? "").Append('>').Text(f.AsOfWithBasis).Append("</td>");
        sb.Append("<td><a").Attr("href", "#" + f.Document.Anchor).Attr("title", f.Document.Title).Append('>').Text(f.Citation).Append("</a></td>");
        sb.Element("td", f.ReliabilityWord, "rel-" + f.Reliability.ToString().ToLowerInvariant());
        sb.Append("<td class=\"quote\"><a").Attr("href", "#" + f.QuoteAnchor).Append('>').Text(f.ShortQuote(60)).Append("</a></td>");
        sb.Append("</tr>\n");
    }

    private static void Select(StringBuilder sb, string id, string label, IEnumerable<(string Value, string Label)> options)
    {
        sb.Append("<label>").Text(label).Append(" <select").Attr("id", id).Append("><option value=\"\">全部</option>");
        foreach (var (value, text) in options)
        {
            sb.Append("<option").Attr("value", value).Append('>').Text(text).Append("</option>");
        }

        sb.Append("</select></label>\n");
    }
}
