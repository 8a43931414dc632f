namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>Reads the Unicode cmap subtables (format 12 preferred, format 4 otherwise) into lookup arrays.</summary>
internal static class CmapReader
{
    public static (ushort[] Bmp, Dictionary<int, ushort> Supplementary) Read(ReadOnlySpan<byte> font, TableRecord cmap)
    {
        var bmp = new ushort[0x10000];
        var supplementary = new Dictionary<int, ushort>();
        var table = font.Slice(cmap.Offset, cmap.Length);
        int format4 = -1, format12 = -1;
        var count = BigEndian.U16(table, 2);
        for (var i = 0; i < count; i++)
        {
            var platform = BigEndian.U16(table, 4 + (8 * i));
            var encoding = BigEndian.U16(table, 6 + (8 * i));
            var offset = (int)BigEndian.U32(table, 8 + (8 * i));
            var format = BigEndian.U16(table, offset);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 12)
            {
                format12 = offset;
            }
            else if (unicode && format == 4 && format4 < 0)
            {
                format4 = offset;
            }
        }

        if (format12 >= 0)
        {
            ReadFormat12(table[format12..], bmp, supplementary);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(table[format4..], bmp);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }

        return (bmp, supplementary);
    }

    /// <summary>Reads one subtable by platform and encoding (tests compare the format 4 and 12 tables).</summary>
    internal static (ushort[] Bmp, Dictionary<int, ushort> Supplementary)? ReadSubtable(ReadOnlySpan<byte> font, TableRecord cmap, int platform, int encoding)
    {
        var table = font.Slice(cmap.Offset, cmap.Length);
        var count = BigEndian.U16(table, 2);
        for (var i = 0; i < count; i++)
        {
            if (BigEndian.U16(table, 4 + (8 * i)) != platform || BigEndian.U16(table, 6 + (8 * i)) != encoding)
            {
                continue;
            }

            var sub = table[(int)BigEndian.U32(table, 8 + (8 * i))..];
            var bmp = new ushort[0x10000];
            var supplementary = new Dictionary<int, ushort>();
            switch (BigEndian.U16(sub, 0))
            {
                case 4:
                    ReadFormat4(sub, bmp);
                    break;
                case 12:
                    ReadFormat12(sub, bmp, supplementary);
                    break;
                default:
                    return null;
            }

            return (bmp, supplementary);
        }

        return null;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> sub, ushort[] bmp)
    {
        var segCount = BigEndian.U16(sub, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segCount) + 2;
        var deltas = starts + (2 * segCount);
        var rangeOffsets = deltas + (2 * segCount);
        for (var s = 0; s < segCount; s++)
        {
            int end = BigEndian.U16(sub, ends + (2 * s));
            int start = BigEndian.U16(sub, starts + (2 * s));
            var delta = BigEndian.U16(sub, deltas + (2 * s));
            var rangeOffset = BigEndian.U16(sub, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset is relative to its own position in the array.
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = BigEndian.U16(sub, at);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> sub, ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        var groups = (int)BigEndian.U32(sub, 12);
        for (var g = 0; g < groups; g++)
        {
            var start = (int)BigEndian.U32(sub, 16 + (12 * g));
            var end = (int)BigEndian.U32(sub, 20 + (12 * g));
            var glyph = (int)BigEndian.U32(sub, 24 + (12 * g));
            for (var c = start; c <= end; c++, glyph++)
            {
                if (c < 0x10000)
                {
                    bmp[c] = (ushort)glyph;
                }
                else
                {
                    supplementary[c] = (ushort)glyph;
                }
            }
        }
    }
}
