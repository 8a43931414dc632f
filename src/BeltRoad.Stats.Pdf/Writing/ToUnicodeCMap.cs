using System.Text;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>The CMap that maps CIDs back to Unicode, so copying text and pdftotext give the text back.</summary>
internal static class ToUnicodeCMap
{
    private const int MaxPerBlock = 100; // a bfchar block holds at most 100 entries

    public static byte[] Build(IReadOnlyList<string?> texts)
    {
        var mapped = Enumerable.Range(0, texts.Count).Where(cid => texts[cid] is not null).ToList();
        var cmap = new ByteBuffer(64 + (mapped.Count * 16));
        cmap.Line("/CIDInit /ProcSet findresource begin")
            .Line("12 dict begin")
            .Line("begincmap")
            .Line("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def")
            .Line("/CMapName /Adobe-Identity-UCS def")
            .Line("/CMapType 2 def")
            .Line("1 begincodespacerange")
            .Line("<0000> <FFFF>")
            .Line("endcodespacerange");
        foreach (var block in mapped.Chunk(MaxPerBlock))
        {
            cmap.Int(block.Length).Line(" beginbfchar");
            foreach (var cid in block)
            {
                cmap.Byte((byte)'<').Hex16(cid).Ascii("> <");
                foreach (var unit in texts[cid]!)
                {
                    cmap.Hex16(unit);
                }

                cmap.Line(">");
            }

            cmap.Line("endbfchar");
        }

        cmap.Line("endcmap")
            .Line("CMapName currentdict /CMap defineresource pop")
            .Line("end")
            .Line("end");
        return cmap.ToArray();
    }

    /// <summary>Reads a CMap built here back into CID → text (for tests).</summary>
    internal static Dictionary<int, string> Parse(string cmap)
    {
        var map = new Dictionary<int, string>();
        var inBlock = false;
        foreach (var line in cmap.Split('\n'))
        {
            inBlock = line.EndsWith("beginbfchar", StringComparison.Ordinal) || (inBlock && line != "endbfchar");
            var parts = line.Split(' ');
            if (inBlock && parts.Length == 2 && parts[0].StartsWith('<') && parts[1].StartsWith('<'))
            {
                var cid = Convert.ToInt32(parts[0].Trim('<', '>'), 16);
                map[cid] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(parts[1].Trim('<', '>')));
            }
        }

        return map;
    }
}
