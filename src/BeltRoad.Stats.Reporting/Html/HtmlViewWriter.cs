using System.Globalization;
using System.Text;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// <c>index.html</c>: one self-contained page (inline CSS, script, data and a font subset; a CSP that forbids any
/// network load) with the headline figures, the charts, the filterable and sortable fact table, data quality, and per
/// document the quoted sentences each fact links to. The script draws charts, rows and quotes from the page data; what
/// grows with the corpus beyond the first table page (the other facts, the documents, the filters' options, the
/// sources) is packed and decoded after the load event.
/// </summary>
internal static class HtmlViewWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The page as UTF-8 into <paramref name="output"/>; the page data goes from its buffer as it is, never through a string.</summary>
    public static void Write(ReportModel model, Stream output) =>
        Write(model, PageData.FactRows.Write(ReportModelBuilder.Facts(model.Input, model.Documents), model.Input.EntityAliases), output);

    /// <summary>The page, its data's fact <paramref name="rows"/> written beforehand from <paramref name="model"/>'s facts.</summary>
    public static void Write(ReportModel model, PageData.FactRows rows, Stream output)
    {
        var head = new StringBuilder(4 * 1024);
        head.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:\">\n")
            .Append("<meta name=\"generator\"").Attr("content", "BeltRoad.Stats " + model.Input.ProgramVersion).Append(">\n")
            .Append("<title>").Text(DigestWriter.TitleZh + " · " + DigestWriter.TitleEn).Append("</title>\n")
            .Append("<style>\n");
        var sb = new StringBuilder(256 * 1024);
        sb.Append(HtmlAssets.Css).Append("</style>\n</head>\n<body>\n");
        Header(sb, model);
        sb.Append("<main>\n");
        HtmlSummary.Headlines(sb, model);
        HtmlCharts.Write(sb, model);
        HtmlFactTable.Write(sb, model);
        HtmlSummary.Changes(sb, model);
        HtmlSummary.Quality(sb, model);
        HtmlSources.Write(sb);
        sb.Append("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n");
        sb.Append("<script type=\"application/json\" id=\"page-data\">");
        var data = rows.Finish(model, HtmlCharts.All(model));
        var packed = "</script>\n<script type=\"application/octet-stream\" id=\"page-facts\" data-encoding=\"deflate\">";
        var listed = "</script>\n<script type=\"application/octet-stream\" id=\"page-lists\" data-encoding=\"deflate\">";
        var tail = "</script>\n<script>\n" + HtmlAssets.Script + "</script>\n</body>\n</html>\n";
        var (before, body) = (head.ToString(), sb.ToString());

        // The font comes first in the page but last in the making: it holds exactly the characters the page uses,
        // script strings and the packed blocks' texts included.
        var characters = rows.Characters;
        var lists = PageLists.Write(model, characters);
        characters.Add(before);
        characters.Add(body);
        characters.Add(data.Span);
        characters.Add(tail);
        using (var text = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true))
        {
            text.Write(before);
            text.Write(HtmlFont.FaceRule(characters));
            text.Write(body);
            text.Flush();
            output.Write(data.Span);
            text.Write(packed);
            text.Flush();
            Base64Text.Write(rows.Packed.Span, output);
            text.Write(listed);
            text.Flush();
            Base64Text.Write(lists.Span, output);
            text.Write(tail);
        }
    }

    /// <summary>The page as a string, for a caller that reads it (tests, the load benchmark).</summary>
    public static string Write(ReportModel model)
    {
        using var buffer = new MemoryStream();
        Write(model, buffer);
        return Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Header(StringBuilder sb, ReportModel model)
    {
        sb.Append("<header>\n<h1>").Text(DigestWriter.TitleZh).Append(" <span class=\"en\">").Text(DigestWriter.TitleEn).Append("</span></h1>\n");
        sb.Append("<p class=\"meta\">").Text(string.Create(CultureInfo.InvariantCulture,
            $"数据日期 {PeriodText.Of(model.Input.DataDate)} · 文件 {model.Documents.Count} 份（{CoverPage.LanguageList(model.Documents.Select(d => d.Info))}） · 统计事实 {model.FactCount} 条 · BeltRoad.Stats {model.Input.ProgramVersion}"))
            .Append("</p>\n<nav>");
        foreach (var (anchor, label) in new[] { ("headlines", "要点数据"), ("charts", "图表"), ("facts", "全部事实"), ("quality", "数据质量"), ("sources", "来源与原文") })
        {
            sb.Append("<a").Attr("href", "#" + anchor).Append('>').Text(label).Append("</a>");
        }

        sb.Append("</nav>\n</header>\n");
    }
}
