namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>
/// Builds a font holding only the glyphs a document uses, renumbered densely in the order given
/// (new glyph i = old glyph <c>glyphs[i]</c>); components of composite glyphs are appended and remapped.
/// The result is what a CIDFontType2 with CIDToGIDMap /Identity needs: no cmap, long loca.
/// </summary>
internal static class TrueTypeSubsetter
{
    // Hinting tables are kept whole: glyph programs may call functions in fpgm.
    private static readonly string[] CopiedTables = ["cvt ", "fpgm", "prep", "OS/2", "name"];

    /// <param name="extraTables">Tables to add as given (a web font's cmap, which a PDF does without).</param>
    public static TrueTypeSubset Subset(TrueTypeFont font, IReadOnlyList<ushort> glyphs, IReadOnlyDictionary<string, byte[]>? extraTables = null)
    {
        var order = new List<ushort>(glyphs.Count + 1);
        var newIndex = new Dictionary<ushort, ushort>();
        void Keep(ushort old)
        {
            if (newIndex.TryAdd(old, (ushort)order.Count))
            {
                order.Add(old);
            }
        }

        Keep(0);
        foreach (var g in glyphs)
        {
            Keep(g);
        }

        // Composite components join the subset; order grows while we walk it.
        for (var i = 0; i < order.Count; i++)
        {
            var data = font.GlyphData(order[i]);
            if (CompositeGlyph.IsComposite(data))
            {
                foreach (var at in CompositeGlyph.ComponentIndexOffsets(data))
                {
                    Keep(BigEndian.U16(data, at));
                }
            }
        }

        var glyf = new MemoryStream();
        var loca = new byte[4 * (order.Count + 1)];
        var hmtx = new byte[4 * order.Count];
        var lsbSource = font.Table("hmtx");
        var longMetrics = BigEndian.U16(font.Table("hhea"), 34);
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            BigEndian.Put32(loca, 4 * i, (uint)glyf.Length);
            var data = font.GlyphData(old).ToArray();
            if (CompositeGlyph.IsComposite(data))
            {
                foreach (var at in CompositeGlyph.ComponentIndexOffsets(data))
                {
                    BigEndian.Put16(data, at, newIndex[BigEndian.U16(data, at)]);
                }
            }

            glyf.Write(data);
            glyf.Write(new byte[(4 - (data.Length % 4)) % 4]);
            BigEndian.Put16(hmtx, 4 * i, font.AdvanceOf(old));
            var lsbAt = old < longMetrics ? (4 * old) + 2 : (4 * longMetrics) + (2 * (old - longMetrics));
            BigEndian.Put16(hmtx, (4 * i) + 2, BigEndian.I16(lsbSource, lsbAt));
        }

        BigEndian.Put32(loca, 4 * order.Count, (uint)glyf.Length);

        var head = font.Table("head").ToArray();
        BigEndian.Put16(head, 50, 1);
        var hhea = font.Table("hhea").ToArray();
        BigEndian.Put16(hhea, 34, order.Count);
        var maxp = font.Table("maxp").ToArray();
        BigEndian.Put16(maxp, 4, order.Count);
        // post version 3: no glyph names (the original's names would not match the new numbering).
        var post = font.Table("post")[..32].ToArray();
        BigEndian.Put32(post, 0, 0x00030000);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = head,
            ["hhea"] = hhea,
            ["maxp"] = maxp,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["glyf"] = glyf.ToArray(),
            ["post"] = post,
        };
        foreach (var tag in CopiedTables)
        {
            var table = font.Table(tag);
            if (!table.IsEmpty)
            {
                tables[tag] = table.ToArray();
            }
        }

        foreach (var (tag, table) in extraTables ?? new Dictionary<string, byte[]>())
        {
            tables[tag] = table;
        }

        return new TrueTypeSubset(SfntBuilder.Build(tables), order);
    }
}
