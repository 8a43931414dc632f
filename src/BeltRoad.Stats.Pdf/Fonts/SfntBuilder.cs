namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>Assembles tables into an sfnt file with a correct directory, checksums and head.checkSumAdjustment.</summary>
internal static class SfntBuilder
{
    public static byte[] Build(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var selector = 0;
        while ((1 << (selector + 1)) <= count)
        {
            selector++;
        }

        var searchRange = (1 << selector) * 16;
        var size = 12 + (16 * count) + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        var span = font.AsSpan();
        BigEndian.Put32(span, 0, 0x00010000);
        BigEndian.Put16(span, 4, count);
        BigEndian.Put16(span, 6, searchRange);
        BigEndian.Put16(span, 8, selector);
        BigEndian.Put16(span, 10, (count * 16) - searchRange);

        var offset = 12 + (16 * count);
        var entry = 12;
        var headOffset = -1;
        foreach (var (tag, table) in tables)
        {
            if (tag == "head")
            {
                headOffset = offset;
                BigEndian.Put32(table, 8, 0);
            }

            for (var i = 0; i < 4; i++)
            {
                font[entry + i] = (byte)tag[i];
            }

            BigEndian.Put32(span, entry + 4, BigEndian.Checksum(table));
            BigEndian.Put32(span, entry + 8, (uint)offset);
            BigEndian.Put32(span, entry + 12, (uint)table.Length);
            table.CopyTo(font, offset);
            offset += (table.Length + 3) & ~3;
            entry += 16;
        }

        if (headOffset >= 0)
        {
            BigEndian.Put32(span, headOffset + 8, 0xB1B0AFBA - BigEndian.Checksum(font));
        }

        return font;
    }
}
