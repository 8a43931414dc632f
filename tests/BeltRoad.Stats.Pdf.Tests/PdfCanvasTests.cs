using System.Text;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class PdfCanvasTests
{
    private static PdfCanvas NewCanvas() => new PdfDocumentWriter(TestDocuments.Info).AddPage(new PdfPageSize(600, 800)).Canvas;

    private static string ContentOf(PdfCanvas canvas) => Encoding.ASCII.GetString(canvas.Content.Span);

    [Fact]
    public void Top_left_coordinates_become_pdf_user_space()
    {
        var canvas = NewCanvas();
        canvas.MoveTo(10, 20).LineTo(30.25, 40.5).Stroke().Rectangle(new PdfRect(5, 10, 100, 50)).Fill();
        Assert.Equal("10 780 m\n30.25 759.5 l\nS\n5 740 100 50 re\nf\n", ContentOf(canvas));
    }

    [Fact]
    public void Graphics_state_operators_are_written_as_pdf_expects()
    {
        var canvas = NewCanvas();
        canvas.SaveState().SetStrokeColor(PdfColor.FromHex("#FF8000")).SetFillColor(PdfColor.Black).SetLineWidth(0.5)
            .SetDash([3, 2]).SetLineCap(PdfLineCap.Round).SetLineJoin(PdfLineJoin.Bevel).SetOpacity(0.5, 1).RestoreState();
        Assert.Equal("q\n1 0.502 0 RG\n0 0 0 rg\n0.5 w\n[3 2] 0 d\n1 J\n2 j\n/GS1 gs\nQ\n", ContentOf(canvas));
    }

    [Fact]
    public void Text_is_drawn_as_glyph_ids_in_its_own_graphics_state()
    {
        var canvas = NewCanvas();
        canvas.DrawText("中A", 72, 100, PdfTextStyle.Of(TestDocuments.Font, 12).AsBold());
        var content = ContentOf(canvas);
        Assert.StartsWith("q\n0 0 0 rg\n0 0 0 RG\n0.42 w\nBT /F1 12 Tf 2 Tr 1 0 0 1 72 700 Tm <00010002> Tj ET\nQ\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_coordinates_that_are_not_numbers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewCanvas().MoveTo(double.NaN, 0));
    }

    [Fact]
    public void Aligned_text_is_placed_by_its_measured_width()
    {
        var canvas = NewCanvas();
        var style = PdfTextStyle.Of(TestDocuments.Font, 10);
        var width = canvas.DrawText("一带一路", 100, 50, style, PdfTextAlign.Right);
        Assert.Equal(40, width, 6);
        Assert.Contains(" 60 750 Tm ", ContentOf(canvas), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrapped_text_uses_one_line_per_break_and_reports_its_height()
    {
        var canvas = NewCanvas();
        var style = PdfTextStyle.Of(TestDocuments.Font, 10);
        var height = canvas.DrawWrappedText("一带一路倡议促进合作", new PdfRect(0, 0, 40, 100), style, lineHeight: 1.5);
        Assert.Equal(3 * 15, height, 6);
        Assert.Equal(3, ContentOf(canvas).Split(" Tj ").Length - 1);
    }

    [Theory]
    [InlineData("第 2 页 / 共 7 页", true)]
    [InlineData("中 A 中", true)]
    [InlineData("第 12 页 / 共 15 页", false)]
    [InlineData("截至 2023年10月", false)]
    [InlineData("一带一路", false)]
    public void Evenly_spaced_single_characters_carry_their_actual_text(string text, bool expected)
    {
        var canvas = NewCanvas();
        canvas.DrawText(text, 10, 10, PdfTextStyle.Of(TestDocuments.Font, 9));
        Assert.Equal(expected, ContentOf(canvas).Contains("/ActualText", StringComparison.Ordinal));
    }
}
