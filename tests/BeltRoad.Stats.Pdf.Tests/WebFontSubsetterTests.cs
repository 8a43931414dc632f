using BeltRoad.Stats.Pdf.Fonts;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class WebFontSubsetterTests
{
    private static TrueTypeFont Font => TestDocuments.Font.TrueType;

    [Theory]
    [InlineData("中欧班列累计开行7.4万列")]
    [InlineData("亞投行 AIIB 第三屆論壇")]
    [InlineData("ABCabc 0123 ，。（）")]
    public void Each_character_maps_to_a_glyph_with_the_original_outline(string text)
    {
        var subset = TrueTypeFont.Parse(WebFontSubsetter.Subset(Font, text.EnumerateRunes().Select(r => r.Value)));

        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = subset.GlyphFor(rune.Value);
            Assert.NotEqual(0, glyph);
            var original = Font.GlyphData(Font.GlyphFor(rune.Value)).ToArray();
            if (CompositeGlyph.IsComposite(original))
            {
                // A composite's component numbers are renumbered with the subset; everything else is the same length.
                Assert.Equal(original.Length, subset.GlyphData(glyph).Length);
            }
            else
            {
                Assert.Equal(original, subset.GlyphData(glyph).ToArray());
            }

            Assert.Equal(Font.AdvanceOf(Font.GlyphFor(rune.Value)), subset.AdvanceOf(glyph));
        }
    }

    [Fact]
    public void Characters_outside_the_set_or_the_font_are_not_mapped()
    {
        var subset = TrueTypeFont.Parse(WebFontSubsetter.Subset(Font, "一带一路\U0001F600".EnumerateRunes().Select(r => r.Value)));

        Assert.Equal(0, subset.GlyphFor('鼎'));
        Assert.Equal(0, subset.GlyphFor(0x1F600));
        Assert.InRange(subset.GlyphCount, 4, 10); // .notdef, 一, 带, 路 and the components of composite glyphs
    }

    [Fact]
    public void The_same_characters_in_any_order_give_the_same_bytes()
    {
        Assert.Equal(
            WebFontSubsetter.Subset(Font, "路一带".EnumerateRunes().Select(r => r.Value)),
            WebFontSubsetter.Subset(Font, "一带一路".EnumerateRunes().Select(r => r.Value)));
    }
}
