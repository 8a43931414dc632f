using System.Text;

namespace BeltRoad.Stats.Pdf.Fonts;

/// <summary>
/// A parsed TrueType font: the tables a PDF writer needs (head hhea hmtx maxp cmap loca glyf name OS/2 post).
/// Immutable after parsing, so one instance can serve many documents at once.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly ushort[] _bmp;
    private readonly Dictionary<int, ushort> _supplementary;
    private readonly ushort[] _advances;
    private readonly int[] _loca;

    private TrueTypeFont(byte[] data, Dictionary<string, TableRecord> tables)
    {
        Data = data;
        Tables = tables;
        var span = data.AsSpan();
        var head = Require("head");
        UnitsPerEm = BigEndian.U16(span, head.Offset + 18);
        BoundingBox = [BigEndian.I16(span, head.Offset + 36), BigEndian.I16(span, head.Offset + 38), BigEndian.I16(span, head.Offset + 40), BigEndian.I16(span, head.Offset + 42)];
        var longLoca = BigEndian.I16(span, head.Offset + 50) == 1;
        GlyphCount = BigEndian.U16(span, Require("maxp").Offset + 4);

        var hhea = Require("hhea");
        Ascent = BigEndian.I16(span, hhea.Offset + 4);
        Descent = BigEndian.I16(span, hhea.Offset + 6);
        LineGap = BigEndian.I16(span, hhea.Offset + 8);
        var longMetrics = BigEndian.U16(span, hhea.Offset + 34);
        _advances = ReadAdvances(span, Require("hmtx"), longMetrics, GlyphCount);
        _loca = ReadLoca(span, Tables.TryGetValue("loca", out var loca) ? loca : default, longLoca, GlyphCount);

        CapHeight = Ascent;
        if (Tables.TryGetValue("OS/2", out var os2) && BigEndian.U16(span, os2.Offset) >= 2 && os2.Length >= 90)
        {
            CapHeight = BigEndian.I16(span, os2.Offset + 88);
        }

        if (Tables.TryGetValue("post", out var post))
        {
            ItalicAngle = BigEndian.I16(span, post.Offset + 4) + (BigEndian.U16(span, post.Offset + 6) / 65536.0);
            IsFixedPitch = BigEndian.U32(span, post.Offset + 12) != 0;
        }

        (_bmp, _supplementary) = Tables.TryGetValue("cmap", out var cmap) ? CmapReader.Read(span, cmap) : (new ushort[0x10000], []);
        PostScriptName = ReadPostScriptName(span, Tables.TryGetValue("name", out var name) ? name : default) ?? "Font";
    }

    public byte[] Data { get; }

    public IReadOnlyDictionary<string, TableRecord> Tables { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public short[] BoundingBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int LineGap { get; }

    public int CapHeight { get; }

    public double ItalicAngle { get; }

    public bool IsFixedPitch { get; }

    public string PostScriptName { get; }

    public static TrueTypeFont Parse(byte[] data)
    {
        var span = data.AsSpan();
        var version = BigEndian.U32(span, 0);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new InvalidDataException("Not a TrueType font (a .ttc collection must be split into faces first).");
        }

        var count = BigEndian.U16(span, 4);
        var tables = new Dictionary<string, TableRecord>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var at = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(data, at, 4);
            tables[tag] = new TableRecord((int)BigEndian.U32(span, at + 8), (int)BigEndian.U32(span, at + 12));
        }

        return new TrueTypeFont(data, tables);
    }

    /// <summary>The glyph for a code point, or 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphFor(int codePoint) =>
        codePoint < 0x10000 ? _bmp[codePoint] : _supplementary.GetValueOrDefault(codePoint);

    public int AdvanceOf(int glyph) => _advances[glyph];

    /// <summary>The bytes of one glyph's outline in glyf (empty for blank glyphs such as the space).</summary>
    public ReadOnlySpan<byte> GlyphData(int glyph)
    {
        var glyf = Require("glyf");
        return Data.AsSpan(glyf.Offset + _loca[glyph], _loca[glyph + 1] - _loca[glyph]);
    }

    public ReadOnlySpan<byte> Table(string tag) => Tables.TryGetValue(tag, out var t) ? Data.AsSpan(t.Offset, t.Length) : [];

    private TableRecord Require(string tag) =>
        Tables.TryGetValue(tag, out var t) ? t : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static ushort[] ReadAdvances(ReadOnlySpan<byte> data, TableRecord hmtx, int longMetrics, int glyphs)
    {
        var advances = new ushort[glyphs];
        for (var g = 0; g < glyphs; g++)
        {
            // Glyphs past numberOfHMetrics repeat the last advance (monospaced tails).
            advances[g] = BigEndian.U16(data, hmtx.Offset + (4 * Math.Min(g, longMetrics - 1)));
        }

        return advances;
    }

    private static int[] ReadLoca(ReadOnlySpan<byte> data, TableRecord loca, bool longFormat, int glyphs)
    {
        var offsets = new int[glyphs + 1];
        if (loca.Length == 0)
        {
            return offsets;
        }

        for (var g = 0; g <= glyphs; g++)
        {
            offsets[g] = longFormat ? (int)BigEndian.U32(data, loca.Offset + (4 * g)) : 2 * BigEndian.U16(data, loca.Offset + (2 * g));
        }

        return offsets;
    }

    private static string? ReadPostScriptName(ReadOnlySpan<byte> data, TableRecord name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        var table = data.Slice(name.Offset, name.Length);
        var count = BigEndian.U16(table, 2);
        var strings = BigEndian.U16(table, 4);
        for (var i = 0; i < count; i++)
        {
            var at = 6 + (12 * i);
            var platform = BigEndian.U16(table, at);
            if (BigEndian.U16(table, at + 6) != 6)
            {
                continue;
            }

            var bytes = table.Slice(strings + BigEndian.U16(table, at + 10), BigEndian.U16(table, at + 8));
            var text = platform == 1 ? Encoding.ASCII.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            // A PDF name must stay printable ASCII without delimiters.
            var clean = new string([.. text.Where(c => c is > ' ' and < '\x7f' and not ('[' or ']' or '(' or ')' or '/' or '<' or '>' or '{' or '}' or '%' or '#'))]);
            if (clean.Length > 0)
            {
                return clean;
            }
        }

        return null;
    }
}
