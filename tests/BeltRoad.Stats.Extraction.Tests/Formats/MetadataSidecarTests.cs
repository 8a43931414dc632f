using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

public class MetadataSidecarTests
{
    private const string Page = """
        <html><head><meta charset="utf-8"><title>页面自己的标题</title><meta property="og:site_name" content="页面自称的网站"></head>
        <body><p>2023年9月1日</p><p>中欧班列累计开行7.4万列。</p></body></html>
        """;

    [Theory]
    [InlineData("page.html.meta.json")]
    [InlineData("page.meta.json")]
    public void A_sidecar_overrides_what_the_file_says_and_leaves_the_rest(string sidecarName)
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Encoding.UTF8.GetBytes(Page));
        folder.Write(sidecarName, Encoding.UTF8.GetBytes("""
            { "title": "白皮书（边车标题）", "publisher": "国务院新闻办公室", "url": "https://example.org/wp.html", "date": "2023-10", "language": "zh-Hant" }
            """));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Empty(result.Issues);
        var doc = Assert.Single(result.Documents).Info;
        Assert.Equal(("白皮书（边车标题）", "国务院新闻办公室", "https://example.org/wp.html", "2023-10", DocumentLanguage.ZhHant),
            (doc.Title, doc.Publisher, doc.Url, doc.Date.ToString(), doc.Language));
        Assert.Equal(sidecarName, DocumentLoader.SidecarOf(folder.Path, "page.html"));
    }

    [Theory]
    [InlineData("""{ "titel": "x" }""", "unknown field \"titel\"")]
    [InlineData("""{ "date": "October 2023" }""", "\"date\" must be")]
    [InlineData("""{ "language": "zh" }""", "Unknown language code")]
    [InlineData("""[ "title" ]""", "not a JSON object")]
    [InlineData("""{ "title": """, "sidecar doc.meta.json ignored")]
    public void A_broken_sidecar_is_a_named_warning_and_the_document_loads_without_it(string json, string words)
    {
        using var folder = new TempFolder();
        folder.Write("doc.txt", Encoding.UTF8.GetBytes("文件自己的标题\n中欧班列累计开行7.4万列。"));
        folder.Write("doc.meta.json", Encoding.UTF8.GetBytes(json));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal("文件自己的标题", Assert.Single(result.Documents).Info.Title);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("doc.txt", Severity.Warning), (issue.Doc, issue.Severity));
        Assert.Contains(words, issue.Message, StringComparison.Ordinal);
    }
}
