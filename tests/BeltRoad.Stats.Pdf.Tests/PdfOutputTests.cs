using System.Text.Json;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>A PDF is checked by what a reader gets: qpdf, pdffonts, pdftotext and pdftoppm.</summary>
public class PdfOutputTests
{
    private const string Digits = "0123456789 19.1万亿美元 2.8%—9.7% -3.5%";
    private const string Footer = "第 2 页 / 共 7 页";

    private static string SamplePath()
    {
        var path = PdfTools.Save(SampleDigest.Build().ToArray(), "sample-digest.pdf");
        PdfTools.AssertValid(path);
        return path;
    }

    [PdfToolFact]
    public void Sample_document_passes_qpdf_check_and_embeds_a_subset_font()
    {
        var path = SamplePath();
        var (_, fonts, _) = PdfTools.Run("pdffonts", path);
        var row = Assert.Single(fonts.Split('\n'), l => l.Contains("WenQuanYiMicroHei", StringComparison.Ordinal));
        // name, type, encoding, embedded, subset, ToUnicode
        Assert.Matches(@"^[A-Z]{6}\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", row);
    }

    [PdfToolFact]
    public void Pdftotext_gives_back_simplified_traditional_latin_and_digits_exactly_in_order()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info);
        var canvas = writer.AddPage().Canvas;
        var style = PdfTextStyle.Of(TestDocuments.Font, 11);
        string[] lines = [SampleDigest.Simplified, SampleDigest.Traditional, SampleDigest.Latin, Digits, Footer, "截至 2023年10月18日"];
        for (var i = 0; i < lines.Length; i++)
        {
            canvas.DrawText(lines[i], 56, 100 + (i * 30), i == 1 ? style.AsBold() : style);
        }

        var path = PdfTools.Save(writer.ToArray(), "round-trip.pdf");
        PdfTools.AssertValid(path);
        var text = PdfTools.Text(path).Split('\n').Where(l => l.Length > 0 && l != "\f").ToArray();
        Assert.Equal(lines, text);
    }

    [PdfToolFact]
    public void Pdftotext_reads_the_sample_paragraphs_in_reading_order()
    {
        var text = ReaderText.WithoutSpacesBesideCjk(PdfTools.Text(SamplePath()));
        string[] expected =
        [
            SampleDigest.Simplified, SampleDigest.Traditional, SampleDigest.Latin,
            "累计对外直接投资存量达到19.1万亿美元的规模", "图1 2015—2024年中国与共建国家进出口额", "国家 Country",
            "1 马来西亚 Malaysia 1,331.8 1.5% Palm oil, semiconductors", "75 沙特阿拉伯 Saudi Arabia", "返回总体情况。",
        ];
        var at = 0;
        foreach (var piece in expected.Select(ReaderText.WithoutSpacesBesideCjk))
        {
            var found = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' not found after position {at} in:\n{text}");
            at = found + piece.Length;
        }
    }

    [PdfToolFact]
    public void Sample_has_nested_bookmarks_pointing_at_their_pages()
    {
        var (code, json, error) = PdfTools.Run("qpdf", "--json", "--json-key=outlines", SamplePath());
        Assert.True(code == 0, error);
        var outlines = JsonDocument.Parse(json).RootElement.GetProperty("outlines");
        var top = outlines.EnumerateArray().Select(o => (Title: o.GetProperty("title").GetString(), Page: o.GetProperty("destpageposfrom1").GetInt32())).ToList();
        Assert.Equal([("一、总体情况 Overview", 1), ("二、分国别数据 Country Data", 2)], top);
        var first = outlines[0].GetProperty("kids");
        Assert.Equal(["1.1 贸易与投资", "1.2 重点项目"], first.EnumerateArray().Select(k => k.GetProperty("title").GetString()));
        Assert.Equal("1.2.1 交通基础设施", first[1].GetProperty("kids")[0].GetProperty("title").GetString());
    }

    [PdfToolFact]
    public void Sample_has_internal_and_web_links_and_metadata()
    {
        var path = SamplePath();
        // The annotations sit in compressed object streams (a tagged document packs its dictionaries): qpdf unpacks them.
        var (_, raw, _) = PdfTools.Run("qpdf", "--qdf", "--object-streams=disable", path, "-");
        Assert.True(raw.Split("/Subtype /Link").Length - 1 >= 4, "links to the table, the figure, back to the overview, and the web");
        Assert.Contains("/URI (https://www.yidaiyilu.gov.cn/)", raw, StringComparison.Ordinal);
        Assert.Contains("/Dest [", raw, StringComparison.Ordinal);
        var (_, info, _) = PdfTools.Run("pdfinfo", path);
        Assert.Contains("一带一路统计摘要 Belt and Road Digest", info, StringComparison.Ordinal);
        Assert.Contains("PDF version:     1.7", info, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void Sample_is_small_and_renders_every_page()
    {
        var path = SamplePath();
        Assert.True(new FileInfo(path).Length < 200 * 1024, $"{new FileInfo(path).Length} bytes");
        var prefix = Path.Combine(Path.GetDirectoryName(path)!, "sample-digest");
        var (code, _, error) = PdfTools.Run("pdftoppm", "-r", "60", "-png", path, prefix);
        Assert.True(code == 0 && error.Length == 0, error);
        var pngs = Directory.GetFiles(Path.GetDirectoryName(path)!, "sample-digest-*.png");
        Assert.Equal(4, pngs.Length);
        Assert.All(pngs, png => Assert.True(new FileInfo(png).Length > 5_000, png + " looks blank"));
    }
}
