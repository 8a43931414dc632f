namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>
/// A subset a browser can use (an @font-face data URI): the glyphs of the given characters, as the PDF subsetter
/// builds them, plus the cmap a PDF does without. Characters the font lacks are left out, so the browser falls back
/// for them. Same characters, same bytes.
/// </summary>
internal static class WebFontSubsetter
{
    public static byte[] Subset(TrueTypeFont font, IEnumerable<int> codePoints)
    {
        var glyphs = new List<ushort>();
        var newIndex = new Dictionary<ushort, ushort>();
        var map = new SortedDictionary<int, ushort>();
        foreach (var codePoint in codePoints.Distinct().Order())
        {
            var glyph = font.GlyphFor(codePoint);
            if (glyph == 0)
            {
                continue;
            }

            if (!newIndex.TryGetValue(glyph, out var index))
            {
                // New glyph 0 is .notdef; the subsetter numbers the requested glyphs from 1 in the order given.
                index = (ushort)(glyphs.Count + 1);
                newIndex.Add(glyph, index);
                glyphs.Add(glyph);
            }

            map[codePoint] = index;
        }

        return TrueTypeSubsetter.Subset(font, glyphs, new Dictionary<string, byte[]> { ["cmap"] = CmapWriter.Write(map) }).Data;
    }
}
