using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>A run over PDF, web page and Word inputs with their sources, and bad files among them.</summary>
public class DocumentFormatsRunTests
{
    private static readonly string[][] PdfPages =
    [
        ["共建“一带一路”测试白皮书", "截至2023年6月底，中欧班列在过去十年间累计开行7.4", "万列，通达欧洲25个国家的217个城市。"],
        ["二、贸易投资", "2013年至2022年，中国与共建国家进出口总额累计19.1万亿美元。"],
    ];

    [Fact]
    public async Task Pdf_html_and_docx_publish_facts_with_pages_sources_and_the_text_their_spans_index()
    {
        using var folder = new TempFolder();
        var pdf = TestPdf.Write(PdfPages, new PdfDocumentInfo(new DateTimeOffset(2023, 10, 10, 0, 0, 0, TimeSpan.Zero)) { Title = "测试白皮书" });
        folder.Write("in/wp.pdf", pdf);
        folder.Write("in/wp.meta.json", Encoding.UTF8.GetBytes("""{ "publisher": "国务院新闻办公室", "url": "https://example.org/wp.html", "date": "2023-10-10" }"""));
        folder.Write("in/news.html", Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><meta property="og:site_name" content="测试新闻网"><title>测试报道</title></head>
            <body><nav>首页 访问量 12345 次</nav><article><p>2023年10月17日</p><p>中国与28个国家和地区签署了21个自贸协定。</p></article></body></html>
            """));
        folder.Write("in/draft.docx", TestDocx.Write([new("测试文稿", HeadingLevel: 1), new("截至2023年6月底，中欧班列累计开行7.4万列。")]));
        folder.Write("in/truncated.pdf", pdf[..(pdf.Length / 3)]);
        folder.Write("in/renamed.docx", Encoding.UTF8.GetBytes("PK not really a zip"));

        var (code, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));

        Assert.True(code == 3, output);
        Assert.Contains("truncated.pdf", output, StringComparison.Ordinal);
        Assert.Contains("renamed.docx", output, StringComparison.Ordinal);
        var facts = JsonDocument.Parse(File.ReadAllBytes(folder.Sub("out/facts.json"))).RootElement;
        Assert.Equal(["draft.docx", "news.html", "wp.pdf"], facts.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        foreach (var fact in facts.GetProperty("facts").EnumerateArray())
        {
            var doc = fact.GetProperty("doc").GetString()!;
            var text = File.ReadAllText(folder.Sub($"out/texts/{doc}.txt"));
            var span = text[fact.GetProperty("start").GetInt32()..fact.GetProperty("end").GetInt32()];
            Assert.True(span.Any(char.IsAsciiDigit), $"{doc}: span \"{span}\" holds no figure");
        }

        int? PageOf(decimal value) => facts.GetProperty("facts").EnumerateArray()
            .Single(f => f.GetProperty("doc").GetString() == "wp.pdf" && f.GetProperty("value").GetDecimal() == value)
            .GetProperty("page") is { ValueKind: JsonValueKind.Number } page ? page.GetInt32() : null;
        Assert.Equal((1, 2), (PageOf(74_000m), PageOf(19_100_000_000_000m)));
        Assert.All(FactStore.ReadFacts(folder.Sub("out/facts.sqlite")).Documents.Where(d => d.Name == "wp.pdf"), d =>
            Assert.Equal(("国务院新闻办公室", "https://example.org/wp.html", "2023-10-10", 2), (d.Publisher, d.Url, d.Date.ToString(), d.Pages!.Count)));
        var html = File.ReadAllText(folder.Sub("out/index.html"));
        var sources = HtmlPage.Sources(html);
        Assert.Contains("国务院新闻办公室", sources, StringComparison.Ordinal);
        Assert.Contains("测试新闻网", sources, StringComparison.Ordinal);
        // The published text the page links each fact into (its path is in the page's documents; the script adds #char=start,end).
        Assert.Contains("\"texts/wp.pdf.txt\"", HtmlPage.Lists(html)["docs"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("12345", File.ReadAllText(folder.Sub("out/texts/news.html.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_metadata_sidecar_changes_the_fingerprint()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", Encoding.UTF8.GetBytes("中欧班列累计开行7.4万列。"));
        string Print() => InputFingerprint.Compute(new RunOptions(folder.Sub("in"), folder.Sub("out")), RunSettings.Default, "1.0.0");
        var without = Print();
        folder.Write("in/a.meta.json", Encoding.UTF8.GetBytes("""{ "publisher": "甲" }"""));
        var with = Print();
        folder.Write("in/a.meta.json", Encoding.UTF8.GetBytes("""{ "publisher": "乙" }"""));

        Assert.Equal(3, new[] { without, with, Print() }.Distinct().Count());
    }
}
