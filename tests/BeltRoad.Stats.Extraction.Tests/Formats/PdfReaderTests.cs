using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Loading.Formats;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

public class PdfReaderTests
{
    // Two pages, Chinese and English, and a figure (7.4万列) broken across two lines.
    internal static readonly string[][] Pages =
    [
        [
            "共建“一带一路”统计测试文件",
            "2023年10月18日",
            "一、基础设施",
            "截至2023年6月底，中欧班列在过去十年间累计开行7.4",
            "万列，通达欧洲25个国家的217个城市。",
        ],
        [
            "二、贸易投资",
            "2013年至2022年，中国与共建国家进出口总额累计19.1万亿美元。",
            "By the end of 2022, China had signed more than",
            "200 cooperation documents with over 150 countries.",
        ],
    ];

    internal static readonly PdfDocumentInfo Info = new(new DateTimeOffset(2023, 10, 18, 9, 0, 0, TimeSpan.FromHours(8)))
    {
        Title = "统计测试文件（PDF 元数据标题）",
        Author = "测试编写组",
    };

    [Fact]
    public void A_pdf_gives_the_facts_of_the_same_text_with_the_page_of_each()
    {
        using var folder = new TempFolder();
        folder.Write("doc.pdf", TestPdf.Write(Pages, Info));
        folder.Write("doc-as-text.txt", Encoding.UTF8.GetBytes(string.Join('\n', Pages.SelectMany(p => p))));

        var load = DocumentLoader.LoadFolder(folder.Path);
        var table = FormatFacts.Run(folder.Path);

        Assert.Empty(load.Issues);
        var said = FormatFacts.Said(table, "doc.pdf");
        Assert.True(said.Count >= 4, string.Join("\n", said));
        Assert.Equal(FormatFacts.Said(table, "doc-as-text.txt"), said);
        FormatFacts.AssertSpansIndex(table, load, "doc.pdf");
        var pdf = table.Documents.Single(d => d.Name == "doc.pdf");
        Assert.Equal(2, pdf.Pages!.Count);
        Assert.Equal(1, pdf.PageOf(table.Facts.Single(f => f.Doc == "doc.pdf" && f.Value == 74_000m).Span));
        Assert.Equal(2, pdf.PageOf(table.Facts.Single(f => f.Doc == "doc.pdf" && f.Value == 19_100_000_000_000m).Span));
        Assert.Null(table.Documents.Single(d => d.Name == "doc-as-text.txt").Pages);
    }

    [Fact]
    public void A_pdf_documents_info_gives_title_author_and_date()
    {
        using var folder = new TempFolder();
        folder.Write("doc.pdf", TestPdf.Write(Pages, Info));

        var doc = Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info;

        Assert.Equal("pdf", doc.Format);
        Assert.Equal("统计测试文件（PDF 元数据标题）", doc.Title);
        Assert.Equal("测试编写组", doc.Author);
        Assert.Equal("2023-10-18", doc.Date.ToString());
        Assert.Equal(DocumentLanguage.ZhHans, doc.Language);
    }

    [Fact]
    public void Bad_pdfs_are_named_with_their_problem_and_the_other_documents_still_load()
    {
        using var folder = new TempFolder();
        var good = TestPdf.Write(Pages, Info);
        folder.Write("good.pdf", good);
        folder.Write("truncated.pdf", good[..(good.Length / 3)]);
        folder.Write("scanned.pdf", TestPdf.ImageOnly(Info));
        folder.Write("not-a-pdf.pdf", Encoding.UTF8.GetBytes("<html>saved with the wrong name</html>"));
        folder.Write("encrypted.pdf", TestPdf.Encrypted(good));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal(["good.pdf"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "encrypted.pdf", Severity.Failure, "encrypted");
        AssertIssue(result, "scanned.pdf", Severity.Warning, "no text layer");
        AssertIssue(result, "truncated.pdf", Severity.Failure, "damaged");
        AssertIssue(result, "not-a-pdf.pdf", Severity.Failure, "not a PDF");
    }

    [Theory]
    [InlineData("共建“⼀带⼀路”，中欧班列累计开⾏7.4万列", "共建“一带一路”，中欧班列累计开行7.4万列")]
    [InlineData("第 1 ⻚ / 共 5 ⻚", "第 1 页 / 共 5 页")]
    [InlineData("⺠⼼相通", "民心相通")]
    [InlineData("the ﬁrst half: total ﬁnancing of $3.3 billion, ﬂows", "the first half: total financing of $3.3 billion, flows")]
    [InlineData("no radical: 7.4万列", "no radical: 7.4万列")]
    public void Radicals_and_ligatures_a_pdf_writer_put_in_the_text_layer_read_as_what_they_stand_for(string layer, string read) =>
        // Chromium names the glyph 一 shares with the Kangxi radical ⼀ by the radical, 页 by the supplement's ⻚, fi by ﬁ.
        Assert.Equal(read, TextLayerForms.Fold(layer));

    [Theory]
    [InlineData("第一页\f第二页\f", 0, 1)]
    [InlineData("第一页\f第二页\f", 3, 1)]
    [InlineData("第一页\f第二页\f", 4, 2)]
    [InlineData("第一页\f\f第三页\f", 5, 3)]
    public void A_form_feed_starts_the_next_page(string text, int offset, int page) =>
        Assert.Equal(page, PageMap.FromFormFeeds(text).PageOf(offset));

    private static RunIssue AssertIssue(LoadResult result, string doc, Severity severity, string words)
    {
        var issue = Assert.Single(result.Issues, i => i.Doc == doc);
        Assert.Equal(severity, issue.Severity);
        Assert.Contains(words, issue.Message, StringComparison.Ordinal);
        return issue;
    }
}
