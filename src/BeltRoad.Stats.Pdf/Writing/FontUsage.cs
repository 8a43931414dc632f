using System.Text;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// One document's use of one font: glyphs get dense new ids (CIDs) in order of first use, so the
/// content streams can be written before the subset exists. CID 0 is .notdef.
/// </summary>
internal sealed class FontUsage
{
    private readonly ushort[] _cidByGlyph;

    public FontUsage(PdfFont font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
        _cidByGlyph = new ushort[font.TrueType.GlyphCount];
    }

    public PdfFont Font { get; }

    /// <summary>The key in the page resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>Original glyph id for each CID.</summary>
    public List<ushort> Glyphs { get; } = [0];

    /// <summary>The text each CID stands for (for the ToUnicode CMap); null for .notdef.</summary>
    public List<string?> Texts { get; } = [null];

    public ushort CidFor(int glyph, int codePoint)
    {
        var cid = _cidByGlyph[glyph];
        if (cid == 0 && glyph != 0)
        {
            cid = (ushort)Glyphs.Count;
            _cidByGlyph[glyph] = cid;
            Glyphs.Add((ushort)glyph);
            Texts.Add(new Rune(codePoint).ToString());
        }

        return cid;
    }
}
