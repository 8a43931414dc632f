namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>
/// A cmap table for a subset: format 4 (Windows Unicode BMP, what every browser reads) and format 12 (full Unicode,
/// for characters beyond the BMP). Runs of consecutive characters on consecutive glyphs share one segment or group.
/// </summary>
internal static class CmapWriter
{
    public static byte[] Write(SortedDictionary<int, ushort> map)
    {
        var runs = Runs(map);
        var format4 = Format4([.. runs.Where(r => r.End < 0xFFFF)]);
        var format12 = Format12(runs);
        var table = new byte[4 + (2 * 8) + format4.Length + format12.Length];
        BigEndian.Put16(table, 0, 0);
        BigEndian.Put16(table, 2, 2);
        // Encoding records sorted by platform, then encoding: (3,1) BMP, (3,10) full repertoire.
        BigEndian.Put16(table, 4, 3);
        BigEndian.Put16(table, 6, 1);
        BigEndian.Put32(table, 8, 4 + 16);
        BigEndian.Put16(table, 12, 3);
        BigEndian.Put16(table, 14, 10);
        BigEndian.Put32(table, 16, (uint)(4 + 16 + format4.Length));
        format4.CopyTo(table, 20);
        format12.CopyTo(table, 20 + format4.Length);
        return table;
    }

    private static List<(int Start, int End, ushort Glyph)> Runs(SortedDictionary<int, ushort> map)
    {
        var runs = new List<(int Start, int End, ushort Glyph)>();
        foreach (var (codePoint, glyph) in map)
        {
            if (runs.Count > 0 && runs[^1].End == codePoint - 1 && runs[^1].Glyph + (codePoint - runs[^1].Start) == glyph
                && (codePoint > 0xFFFF) == (runs[^1].Start > 0xFFFF))
            {
                runs[^1] = (runs[^1].Start, codePoint, runs[^1].Glyph);
            }
            else
            {
                runs.Add((codePoint, codePoint, glyph));
            }
        }

        return runs;
    }

    /// <summary>Segments with idDelta (no glyph array), closed by the required 0xFFFF segment.</summary>
    private static byte[] Format4(List<(int Start, int End, ushort Glyph)> runs)
    {
        var segments = runs.Count + 1;
        var length = 16 + (8 * segments);
        var t = new byte[length];
        var selector = 0;
        while ((1 << (selector + 1)) <= segments)
        {
            selector++;
        }

        BigEndian.Put16(t, 0, 4);
        BigEndian.Put16(t, 2, length);
        BigEndian.Put16(t, 4, 0);
        BigEndian.Put16(t, 6, segments * 2);
        BigEndian.Put16(t, 8, 2 << selector);
        BigEndian.Put16(t, 10, selector);
        BigEndian.Put16(t, 12, (segments * 2) - (2 << selector));
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        for (var i = 0; i < runs.Count; i++)
        {
            BigEndian.Put16(t, ends + (2 * i), runs[i].End);
            BigEndian.Put16(t, starts + (2 * i), runs[i].Start);
            BigEndian.Put16(t, deltas + (2 * i), (runs[i].Glyph - runs[i].Start) & 0xFFFF);
        }

        BigEndian.Put16(t, ends + (2 * runs.Count), 0xFFFF);
        BigEndian.Put16(t, starts + (2 * runs.Count), 0xFFFF);
        BigEndian.Put16(t, deltas + (2 * runs.Count), 1);
        return t; // idRangeOffsets stay zero
    }

    private static byte[] Format12(List<(int Start, int End, ushort Glyph)> runs)
    {
        var t = new byte[16 + (12 * runs.Count)];
        BigEndian.Put16(t, 0, 12);
        BigEndian.Put32(t, 4, (uint)t.Length);
        BigEndian.Put32(t, 12, (uint)runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            BigEndian.Put32(t, 16 + (12 * i), (uint)runs[i].Start);
            BigEndian.Put32(t, 20 + (12 * i), (uint)runs[i].End);
            BigEndian.Put32(t, 24 + (12 * i), runs[i].Glyph);
        }

        return t;
    }
}
