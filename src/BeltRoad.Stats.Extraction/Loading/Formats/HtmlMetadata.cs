using AngleSharp.Dom;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Title, publisher, author, address and date as a page's head states them. Each field is a list of
/// meta keys, most trusted first (Open Graph, then the tags Chinese government and news sites use).
/// </summary>
internal static class HtmlMetadata
{
    private static readonly string[] TitleKeys = ["og:title", "dc.title"];
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
            Title: First(TitleKeys) ?? DocumentMetadata.Clean(page.Title) ?? DocumentMetadata.Clean(page.QuerySelector("h1")?.TextContent),
            Author: First(AuthorKeys),
            Publisher: First(PublisherKeys),
            Url: DocumentMetadata.Clean(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? First(UrlKeys),
            Date: MetadataDate.Parse(First(DateKeys) ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime")));
    }
}
