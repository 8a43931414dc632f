using BeltRoad.Stats.Pdf.Fonts;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class TrueTypeSubsetterTests
{
    private static TrueTypeFont Font => TestDocuments.Font.TrueType;

    private static List<ushort> GlyphsOf(string text) => [.. text.EnumerateRunes().Select(r => Font.GlyphFor(r.Value)).Distinct()];

    [Fact]
    public void A_subset_reparses_with_the_kept_glyphs_and_their_advances()
    {
        var used = GlyphsOf("一带一路 Belt and Road 2024，增长5.8%。");
        var subset = TrueTypeSubsetter.Subset(Font, used);
        var reparsed = TrueTypeFont.Parse(subset.Data);

        Assert.Equal(subset.OriginalGlyphs.Count, reparsed.GlyphCount);
        Assert.Equal(0, subset.OriginalGlyphs[0]);
        Assert.Equal(used, subset.OriginalGlyphs.Skip(1).Take(used.Count));
        for (var i = 0; i < subset.OriginalGlyphs.Count; i++)
        {
            Assert.Equal(Font.AdvanceOf(subset.OriginalGlyphs[i]), reparsed.AdvanceOf(i));
        }

        Assert.Equal(Font.UnitsPerEm, reparsed.UnitsPerEm);
        Assert.True(subset.Data.Length < 40_000, $"subset of a few glyphs is {subset.Data.Length} bytes");
    }

    [Fact]
    public void Simple_glyph_outlines_are_copied_unchanged()
    {
        var used = GlyphsOf("ABC123");
        var subset = TrueTypeSubsetter.Subset(Font, used);
        var reparsed = TrueTypeFont.Parse(subset.Data);
        for (var i = 1; i <= used.Count; i++)
        {
            Assert.False(CompositeGlyph.IsComposite(Font.GlyphData(used[i - 1])));
            Assert.Equal(Font.GlyphData(used[i - 1]).ToArray(), reparsed.GlyphData(i).ToArray());
        }
    }

    [Fact]
    public void Composite_glyphs_keep_their_components_renumbered()
    {
        var composite = Enumerable.Range(1, Font.GlyphCount - 1).Select(g => (ushort)g).First(g => CompositeGlyph.IsComposite(Font.GlyphData(g)));
        var subset = TrueTypeSubsetter.Subset(Font, [composite]);
        var reparsed = TrueTypeFont.Parse(subset.Data);

        var original = Font.GlyphData(composite);
        var copied = reparsed.GlyphData(1);
        var components = CompositeGlyph.ComponentIndexOffsets(original);
        Assert.Equal(components, CompositeGlyph.ComponentIndexOffsets(copied));
        foreach (var at in components)
        {
            var oldComponent = BigEndian.U16(original, at);
            var newComponent = BigEndian.U16(copied, at);
            Assert.Equal(oldComponent, subset.OriginalGlyphs[newComponent]);
            Assert.Equal(Font.GlyphData(oldComponent).ToArray(), reparsed.GlyphData(newComponent).ToArray());
        }
    }

    [Fact]
    public void Table_checksums_and_the_whole_file_checksum_are_consistent()
    {
        var data = TrueTypeSubsetter.Subset(Font, GlyphsOf("中文")).Data;
        Assert.Equal(0xB1B0AFBA, BigEndian.Checksum(data));
        var reparsed = TrueTypeFont.Parse(data);
        foreach (var (tag, table) in reparsed.Tables)
        {
            var entry = Enumerable.Range(0, BigEndian.U16(data, 4)).Select(i => 12 + (16 * i)).Single(at => System.Text.Encoding.ASCII.GetString(data, at, 4) == tag);
            var bytes = data.AsSpan(table.Offset, table.Length).ToArray();
            if (tag == "head")
            {
                bytes[8] = bytes[9] = bytes[10] = bytes[11] = 0;
            }

            Assert.Equal(BigEndian.U32(data, entry + 4), BigEndian.Checksum(bytes));
        }
    }

    [Fact]
    public void The_same_glyphs_give_the_same_subset_and_tag()
    {
        var used = GlyphsOf("同样的输入");
        Assert.Equal(TrueTypeSubsetter.Subset(Font, used).Data, TrueTypeSubsetter.Subset(Font, used).Data);
        Assert.Equal(Writing.FontEmbedder.SubsetTag(used), Writing.FontEmbedder.SubsetTag([.. used]));
        Assert.Matches("^[A-Z]{6}$", Writing.FontEmbedder.SubsetTag(used));
    }
}
