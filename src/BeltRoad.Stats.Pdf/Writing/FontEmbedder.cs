using System.Security.Cryptography;
using BeltRoad.Stats.Pdf.Fonts;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// Writes a used font as Type0 / CIDFontType2 with Identity-H: the subset as FontFile2, widths (W),
/// a FontDescriptor and a ToUnicode CMap (PDF 1.7 §9.7).
/// </summary>
internal static class FontEmbedder
{
    public static void Write(ObjectWriter writer, int type0Id, FontUsage usage)
    {
        var font = usage.Font;
        var ttf = font.TrueType;
        var subset = TrueTypeSubsetter.Subset(ttf, usage.Glyphs);
        var baseFont = SubsetTag(subset.OriginalGlyphs) + "+" + ttf.PostScriptName;

        int cidFont = writer.Reserve(), descriptor = writer.Reserve(), file = writer.Reserve(), toUnicode = writer.Reserve();
        writer.Dictionary(type0Id, $"/Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R");

        writer.Begin(cidFont);
        var o = writer.Out;
        o.Ascii("<</Type /Font /Subtype /CIDFontType2 /BaseFont /").Ascii(baseFont)
            .Ascii(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Int(descriptor)
            .Ascii(" 0 R /CIDToGIDMap /Identity /DW 1000 /W [0 [");
        for (var cid = 0; cid < subset.OriginalGlyphs.Count; cid++)
        {
            o.Number(font.ToPdfUnits(ttf.AdvanceOf(subset.OriginalGlyphs[cid]))).Space();
        }

        o.Ascii("]]>>");
        writer.End();

        writer.Begin(descriptor);
        var box = ttf.BoundingBox;
        // Flags 4 = symbolic: the font's own glyph set, not the standard Latin one.
        o.Ascii("<</Type /FontDescriptor /FontName /").Ascii(baseFont).Ascii(" /Flags ").Int(ttf.IsFixedPitch ? 5 : 4)
            .Ascii(" /FontBBox [").Number(font.ToPdfUnits(box[0])).Space().Number(font.ToPdfUnits(box[1])).Space()
            .Number(font.ToPdfUnits(box[2])).Space().Number(font.ToPdfUnits(box[3]))
            .Ascii("] /ItalicAngle ").Number(ttf.ItalicAngle)
            .Ascii(" /Ascent ").Number(font.ToPdfUnits(ttf.Ascent))
            .Ascii(" /Descent ").Number(font.ToPdfUnits(ttf.Descent))
            .Ascii(" /CapHeight ").Number(font.ToPdfUnits(ttf.CapHeight))
            .Ascii(" /StemV 80 /FontFile2 ").Int(file).Ascii(" 0 R>>");
        writer.End();

        writer.Stream(file, $" /Length1 {subset.Data.Length}", Flate.Compress(subset.Data), compressed: true);
        writer.Stream(toUnicode, string.Empty, Flate.Compress(ToUnicodeCMap.Build(usage.Texts)), compressed: true);
    }

    /// <summary>Six capital letters derived from the glyph set: the same subset always gets the same tag.</summary>
    internal static string SubsetTag(IReadOnlyList<ushort> glyphs)
    {
        var bytes = new byte[glyphs.Count * 2];
        for (var i = 0; i < glyphs.Count; i++)
        {
            bytes[2 * i] = (byte)(glyphs[i] >> 8);
            bytes[(2 * i) + 1] = (byte)glyphs[i];
        }

        var hash = SHA256.HashData(bytes);
        return new string([.. hash.Take(6).Select(b => (char)('A' + (b % 26)))]);
    }
}
