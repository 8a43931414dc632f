using AngleSharp.Dom;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Title, publisher, author, address and date as a page's head states them. Each field is a list of
/// meta keys, most trusted first (Open Graph, then the tags Chinese government and news sites use).
/// </summary>
internal static class HtmlMetadata
{
    private static readonly string[] TitleKeys = ["og:title", "dc.title", "articletitle"];
    // What a page's <title> appends to the headline: 「…_丝路经贸网」「… | 香港文匯網」 "… - People's Daily Online".
    private static readonly string[] SiteSeparators = [" - ", " | ", " ｜ ", "｜", "_", " – ", " — "];
    private const int MaxSiteName = 30;
    private static readonly string[] PublisherKeys = ["og:site_name", "publisher", "sitename", "dc.publisher", "application-name"];
    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator"];
    private static readonly string[] UrlKeys = ["og:url"];
    private static readonly string[] DateKeys =
        ["article:published_time", "pubdate", "publishdate", "publish_date", "datepublished", "dc.date.issued", "dc.date", "date", "og:published_time"];

    public static DocumentMetadata Read(IDocument page)
    {
        var meta = page.QuerySelectorAll("meta")
            .Select(m => (Key: (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"))?.Trim().ToLowerInvariant(), Value: m.GetAttribute("content")))
            .Where(m => m.Key is not null && DocumentMetadata.Clean(m.Value) is not null)
            .GroupBy(m => m.Key!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value!.Trim(), StringComparer.Ordinal);

        string? First(string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

        return new DocumentMetadata(
            Title: First(TitleKeys) ?? Headline(DocumentMetadata.Clean(page.Title), DocumentMetadata.Clean(page.QuerySelector("h1")?.TextContent), First(PublisherKeys)),
            Author: First(AuthorKeys),
            Publisher: First(PublisherKeys),
            Url: DocumentMetadata.Clean(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? First(UrlKeys),
            Date: MetadataDate.Parse(First(DateKeys) ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime")));
    }

    /// <summary>
    /// The headline, not the site: the page's first heading where the &lt;title&gt; holds it (a title adds the site's name),
    /// else the &lt;title&gt; without the site's name after its last separator.
    /// </summary>
    private static string? Headline(string? title, string? heading, string? site)
    {
        if (heading is not null && (title is null || title.Contains(heading, StringComparison.Ordinal)))
        {
            return heading;
        }

        if (title is null)
        {
            return null;
        }

        foreach (var separator in SiteSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            var tail = at > 0 ? title[(at + separator.Length)..].Trim() : "";
            if (tail.Length > 0 && (tail == site || (tail.Length <= MaxSiteName && tail.Length * 2 < at)))
            {
                return title[..at].Trim();
            }
        }

        return title;
    }
}
