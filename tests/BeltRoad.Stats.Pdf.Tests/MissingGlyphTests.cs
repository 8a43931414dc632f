using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class MissingGlyphTests
{
    private const string TextWithEmoji = "增长😀显著";

    [Fact]
    public void A_character_the_font_lacks_is_reported_with_its_text()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info);
        var canvas = writer.AddPage().Canvas;
        var error = Assert.Throws<MissingGlyphException>(() => canvas.DrawText(TextWithEmoji, 72, 72, PdfTextStyle.Of(TestDocuments.Font, 12)));
        var missing = Assert.Single(error.Missing);
        Assert.Equal(0x1F600, missing.Character.Value);
        Assert.Equal(TextWithEmoji, missing.Text);
        Assert.Contains("U+1F600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_character_of_a_text_is_listed_at_once()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info);
        var error = Assert.Throws<MissingGlyphException>(() => writer.AddPage().Canvas.DrawText("A😀B🚄C😀", 72, 72, PdfTextStyle.Of(TestDocuments.Font, 12)));
        Assert.Equal([0x1F600, 0x1F684], error.Missing.Select(m => m.Character.Value));
    }

    [Fact]
    public void With_the_report_policy_the_character_is_left_out_and_listed()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info with { MissingGlyphs = MissingGlyphPolicy.Report });
        writer.AddPage().Canvas.DrawText(TextWithEmoji, 72, 72, PdfTextStyle.Of(TestDocuments.Font, 12));
        Assert.Equal(0x1F600, Assert.Single(writer.MissingGlyphs).Character.Value);
        Assert.NotEmpty(writer.ToArray());
    }

    [Fact]
    public void The_font_can_be_asked_before_drawing()
    {
        Assert.Equal([0x1F600], TestDocuments.Font.FindMissing(TextWithEmoji).Select(r => r.Value));
        Assert.True(TestDocuments.Font.CanRender("一帶一路 Belt and Road 2024，19.1万亿美元（2.8%—9.7%）"));
    }

    [Fact]
    public void A_no_break_space_draws_as_a_space_rather_than_missing()
    {
        Assert.True(TestDocuments.Font.CanRender("19.1\u00A0万亿"));
        Assert.Equal(TestDocuments.Font.MeasureWidth(" ", 10), TestDocuments.Font.MeasureWidth("\u00A0", 10));
    }
}
