using BeltRoad.Stats.Pdf.Color;
using BeltRoad.Stats.Pdf.Layout;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>A laid-out document is tagged (PDF/UA-1) and, when asked, archival (PDF/A-2): as a screen reader and a validator meet it.</summary>
public class TaggedPdfTests
{
    [PdfToolFact]
    public void Every_painting_operator_of_a_laid_out_document_is_tagged_content_or_an_artifact()
    {
        var pdf = PdfTools.Save(SampleDigest.Build(archival: true).ToArray(), "tagged-sample.pdf");

        var tagged = TaggedPdf.Read(pdf);

        Assert.Empty(tagged.Problems);
        PdfTools.AssertValid(pdf);
    }

    [PdfToolFact]
    public void Drawing_outside_any_tag_or_artifact_is_reported()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info);
        var page = writer.AddPage();
        var style = PdfTextStyle.Of(TestDocuments.Font, 12);
        var p = writer.Structure.Add("P");
        page.Canvas.Tagged(p, c => c.DrawText("已标记", 50, 100, style));
        page.Canvas.DrawText("未标记", 50, 130, style);
        var pdf = PdfTools.Save(writer.ToArray(), "tagged-untagged-text.pdf");

        var tagged = TaggedPdf.Read(pdf);

        Assert.Contains(tagged.Problems, problem => problem.Contains("'Tj' outside marked content", StringComparison.Ordinal));
        Assert.Equal("已标记", Assert.Single(tagged.Root.Descendants(), e => e.Type == "P").Text(""));
    }

    [PdfToolFact]
    public void Headings_paragraphs_tables_and_figures_read_in_order_with_header_cells_and_English_marked()
    {
        var doc = new LayoutDocument(new PdfLayoutSettings(TestDocuments.Info, PdfStyleSheet.Default(TestDocuments.Font)));
        doc.Heading(1, "一、贸易 Trade", "trade")
            .Paragraph(p => p.Text("进出口见").Link("表1", "t1").Text("。"))
            .Figure(60, (canvas, box) => canvas.FillRectangle(box, PdfColor.FromHex("#336699")), "图1 进出口", alt: "进出口逐年增长。")
            .Table(t => t.Header("国家", "亿美元").Row("越南", "2300").Row("泰国", "1300").Anchor("t1"));
        var pdf = PdfTools.Save(doc.ToArray(), "tagged-order.pdf");

        var tagged = TaggedPdf.Read(pdf);

        Assert.Empty(tagged.Problems);
        Assert.Equal(["一、贸易 Trade", "进出口见表1。", "［图］进出口逐年增长。", "图1 进出口", "国家 | 亿美元", "越南 | 2300", "泰国 | 1300"], tagged.ReadAloud());
        Assert.Equal("Trade", Assert.Single(tagged.Root.Descendants(), e => e.Language == "en").Text(""));
        Assert.All(tagged.Root.Descendants().Where(e => e.Type == "TH"), th => Assert.Equal("Column", th.Scope));
    }

    [PdfToolFact]
    public void The_running_header_and_footer_are_artifacts_so_a_reader_never_hears_them()
    {
        var pdf = PdfTools.Save(SampleDigest.Build().ToArray(), "tagged-artifacts.pdf");

        var aloud = string.Join("\n", TaggedPdf.Read(pdf).ReadAloud());

        Assert.DoesNotContain("第 1 页", aloud, StringComparison.Ordinal);
        Assert.Contains(SampleDigest.FigureAlt, aloud, StringComparison.Ordinal);
    }

    [PdfToolFact]
    public void Archival_metadata_names_PDF_A_2a_and_PDF_UA_1_and_repeats_the_info_dictionary()
    {
        var pdf = PdfTools.Save(SampleDigest.Build(archival: true).ToArray(), "tagged-xmp.pdf");

        var xmp = TaggedPdf.Read(pdf).Xmp;

        Assert.Contains("<pdfaid:part>2</pdfaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">一带一路统计摘要 Belt and Road Digest</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2025-06-30T08:00:00+08:00</xmp:CreateDate>", xmp, StringComparison.Ordinal);
        var (_, info, _) = PdfTools.Run("pdfinfo", pdf);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Contains("Metadata Stream: yes", info, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sRGB_profile_is_an_ICC_v2_display_profile_whose_colorants_add_up_to_the_D50_white()
    {
        var icc = SrgbProfile.Data.ToArray();

        Assert.Equal(icc.Length, (icc[0] << 24) | (icc[1] << 16) | (icc[2] << 8) | icc[3]);
        Assert.Equal("mntrRGB XYZ ", System.Text.Encoding.ASCII.GetString(icc, 12, 12));
        Assert.Equal("acsp", System.Text.Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal(9, icc[131]);
        var colorants = SrgbProfile.Colorants();
        Assert.Equal(0.4361, colorants[0][0], 3);
        Assert.Equal(0.2225, colorants[0][1], 3);
        Assert.Equal(0.7141, colorants[2][2], 3);
        double[] white = [0.9642, 1.0, 0.8249];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(white[i], colorants.Sum(c => c[i]), 4);
        }
    }

    [Fact]
    public void Marked_content_does_not_nest_so_every_MCID_has_one_owner()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info);
        var canvas = writer.AddPage().Canvas;
        canvas.BeginTag(writer.Structure.Add("P"));

        var error = Assert.Throws<InvalidOperationException>(() => canvas.BeginArtifact());

        Assert.Contains("inside 'P'", error.Message, StringComparison.Ordinal);
    }
}
