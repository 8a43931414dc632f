using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>Where a fact comes from, in both views: the page of a PDF, the source's publisher and address, the published text.</summary>
public class SourceProvenanceTests
{
    // Facts sit at offsets 100, 200 and 300 (FactBuilder); the PDF's second page starts at 150. Documents are
    // numbered by name: page.html [1], wp.pdf [2].
    private static readonly ReportInput Input = new FactBuilder()
        .Document("wp.pdf", "白皮书", "2023-10")
        .Described(d => d with { Format = "pdf", Publisher = "国务院新闻办公室", Url = "https://example.org/wp?a=1&b=2", Pages = new PageMap([0, 150]) })
        .Fact("wp.pdf", "train_count", "中欧班列累计开行", 74000m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "开行列数")
        .Fact("wp.pdf", "train_count", "中欧班列年度开行", 16000m, Unit.Trains, "2022").Meaning("中欧班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
        .Document("page.html", "网页", "2023-10-17")
        .Described(d => d with { Format = "html", Url = "javascript:alert(1)" })
        .Fact("page.html", "train_count", "中欧班列累计开行", 74000m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "开行列数")
        .Input();

    private static readonly string Page = HtmlViewWriter.Write(ReportModelBuilder.Build(Input));

    [Fact]
    public void A_fact_from_a_pdf_cites_its_page()
    {
        // Facts in table order: page.html's, then wp.pdf's two (pages 1 and 2); the script writes 「原文 第2页」 from "page".
        Assert.Equal(["[1]", "[2] 第1页", "[2] 第2页"], HtmlPage.Column(Page, "citation", text: true));
        Assert.Equal(["0", "1", "2"], HtmlPage.Column(Page, "page"));
    }

    [Fact]
    public void Each_fact_links_to_its_place_in_the_published_text()
    {
        // The script joins the document's text path and the span as FactView.TextLink does (checked in the browser tests).
        Assert.Equal(["300", "100", "200"], HtmlPage.Column(Page, "start"));
        Assert.Equal(["305", "105", "205"], HtmlPage.Column(Page, "end"));
        Assert.Equal(["texts/page.html.txt", "texts/wp.pdf.txt"], HtmlPage.Data(Page)["docs"]!.AsArray().Select(d => d![3]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("季度#1?.txt", "texts/%E5%AD%A3%E5%BA%A6%231%3F.txt.txt")]
    [InlineData("sub/100% done.pdf", "texts/sub/100%25%20done.pdf.txt")]
    public void A_link_into_a_published_text_escapes_the_file_name_so_a_hash_or_question_mark_stays_in_the_path(string name, string href)
    {
        var document = new DocumentView(new DocumentInfo(name, new string('0', 64), 1, "utf-8", DocumentLanguage.ZhHans, "标题", null, 1), 1, 0);

        Assert.Equal(href, document.TextHref);
    }

    [Fact]
    public void Sources_show_publisher_and_a_web_address_as_a_link_and_nothing_else_as_one()
    {
        var sources = HtmlPage.Sources(Page);

        Assert.Contains("国务院新闻办公室", sources, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/wp?a=1&amp;b=2\"", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", sources, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(1)", sources, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void The_digest_cites_pages_and_lists_each_sources_publisher_and_address()
    {
        var (dir, _) = ReportFolder.Write(Input, "pdf-provenance");

        var text = DigestPdfTests.Text(Path.Combine(dir, "digest.pdf"));

        Assert.Contains("[2] 第2页", text, StringComparison.Ordinal);
        Assert.Contains("来源 [2] 第2页 白皮书", text, StringComparison.Ordinal); // the headline is the newer figure, on page 2
        Assert.Contains("国务院新闻办公室", text, StringComparison.Ordinal);
        Assert.Contains("example.org", text, StringComparison.Ordinal);
    }
}
