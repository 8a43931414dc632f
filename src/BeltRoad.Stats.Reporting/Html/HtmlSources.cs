using System.Globalization;
using System.Text;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// Per document: its details and the quoted sentences its facts come from, each with an anchor the fact table
/// links to and a link back to the facts it carries (the sentences drawn by the script, see <see cref="Quotes"/>).
/// The page holds the section's frame; each document's entry is markup in the packed lists (<see cref="PageLists"/>),
/// which the script adds after the load event: a corpus of thousands of documents costs the opening nothing.
/// </summary>
internal static class HtmlSources
{
    public static void Write(StringBuilder sb) =>
        sb.Append("<section id=\"sources\" aria-busy=\"true\">\n<h2>来源文件与原文</h2>\n<p class=\"note\" id=\"sources-loading\">来源文件列表载入中……</p>\n")
            .Append("<div id=\"source-list\"></div>\n</section>\n");

    /// <summary>The entry of document <paramref name="d"/>: title, details, provenance and its sentences' list.</summary>
    public static StringBuilder Entry(StringBuilder sb, DocumentView d)
    {
        sb.Append("<article class=\"source\"").Attr("id", d.Anchor).Append(">\n<h3>").Text(d.Ref + " " + d.Title).Append("</h3>\n");
        sb.Append("<p class=\"meta\">").Text(string.Create(CultureInfo.InvariantCulture,
            $"{d.Info.Name} · {(d.Info.Date is { } date ? PeriodText.Of(date) : PeriodText.Unstated)} · {PeriodText.Language(d.Info.Language)} · {d.Info.Format} · {d.Info.Encoding}{(d.Info.Pages is { } pages ? $" · {pages.Count} 页" : "")} · SHA-256 {d.ShaPrefix} · 事实 {d.FactCount} 条"))
            .Append("</p>\n");
        Provenance(sb, d);
        if (d.FactCount > 0)
        {
            Quotes(sb, d);
        }

        return sb.Append("</article>\n");
    }

    /// <summary>Publisher and author as text, the address as a link; nothing when the document states none.</summary>
    private static void Provenance(StringBuilder sb, DocumentView d)
    {
        if (d.Provenance is null)
        {
            return;
        }

        sb.Append("<p class=\"provenance\">").Text(string.Join(" · ", new[] { d.Info.Publisher, d.Info.Author }.Where(s => !string.IsNullOrWhiteSpace(s))));
        // Only web addresses become links: a sidecar's "javascript:…" stays text.
        if (d.Info.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            sb.Append(" <a").Attr("href", uri.AbsoluteUri).Attr("rel", "noopener").Append('>').Text(url).Append("</a>");
        }
        else if (d.Info.Url is { } text)
        {
            sb.Append(' ').Text(text);
        }

        sb.Append("</p>\n");
    }

    /// <summary>
    /// The quoted sentences, drawn by the script from the page data when the list is opened or a link points into it:
    /// a document with thousands of facts costs nothing until someone reads it.
    /// </summary>
    private static void Quotes(StringBuilder sb, DocumentView d)
    {
        sb.Append("<details class=\"quotes\"").Attr("data-doc", (d.Number - 1).ToString(CultureInfo.InvariantCulture))
            .Append("><summary>").Text(string.Create(CultureInfo.InvariantCulture, $"原文句子（事实 {d.FactCount} 条）")).Append("</summary><ol></ol></details>\n");
    }
}
