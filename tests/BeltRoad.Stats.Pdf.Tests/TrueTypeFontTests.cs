using BeltRoad.Stats.Pdf.Fonts;
using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class TrueTypeFontTests
{
    private static TrueTypeFont Font => TestDocuments.Font.TrueType;

    [Fact]
    public void Reads_the_metrics_of_the_shipped_font()
    {
        Assert.Equal("WenQuanYiMicroHei", Font.PostScriptName);
        Assert.Equal(2048, Font.UnitsPerEm);
        Assert.Equal(49531, Font.GlyphCount);
        Assert.Equal(1918, Font.Ascent);
        Assert.Equal(-483, Font.Descent);
        Assert.True(Font.CapHeight > 0 && Font.CapHeight < Font.Ascent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_font_read_from_a_stream_holds_exactly_the_file_whether_or_not_the_stream_can_seek(bool seekable)
    {
        var file = Font.Data;
        using var stream = seekable ? new MemoryStream(file) : new OneWayStream(file);

        var read = PdfFont.FromStream(stream);

        Assert.Equal(file, read.TrueType.Data);
        Assert.Equal(Font.PostScriptName, read.Name);
    }

    [Fact]
    public void Maps_simplified_traditional_latin_and_digits_to_distinct_glyphs()
    {
        var glyphs = "中国國语語Aa1%，。".EnumerateRunes().Select(r => Font.GlyphFor(r.Value)).ToList();
        Assert.DoesNotContain((ushort)0, glyphs);
        Assert.Equal(glyphs.Count, glyphs.Distinct().Count());
    }

    [Fact]
    public void Ideographs_are_one_em_wide_and_latin_is_proportional()
    {
        Assert.Equal(2048, Font.AdvanceOf(Font.GlyphFor('中')));
        Assert.True(Font.AdvanceOf(Font.GlyphFor('i')) < Font.AdvanceOf(Font.GlyphFor('W')));
    }

    [Fact]
    public void Cmap_format_4_and_format_12_agree_on_the_whole_basic_plane()
    {
        var data = Font.Data.AsSpan();
        var cmap = Font.Tables["cmap"];
        var format4 = CmapReader.ReadSubtable(data, cmap, 3, 1)!.Value.Bmp;
        var format12 = CmapReader.ReadSubtable(data, cmap, 3, 10)!.Value.Bmp;
        Assert.True(format4.Count(g => g != 0) > 20000, "format 4 maps the CJK block");
        Assert.Equal(format12, format4);
    }

    [Fact]
    public void A_missing_character_maps_to_notdef()
    {
        Assert.Equal(0, Font.GlyphFor(0x1F600));
    }

    [Fact]
    public void Rejects_a_font_collection_with_a_clear_message()
    {
        var ttc = "ttcf\0\u0002\0\0"u8.ToArray().Concat(new byte[16]).ToArray();
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Parse(ttc));
        Assert.Contains(".ttc", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>A stream that can only be read forwards, with no length: the copy path of <see cref="PdfFont.FromStream"/>.</summary>
internal sealed class OneWayStream(byte[] data) : MemoryStream(data)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();
}
