using System.Text;
using BeltRoad.Stats.Pdf.Fonts;

namespace BeltRoad.Stats.Pdf;

/// <summary>
/// A TrueType font registered explicitly for PDF output. Immutable and thread-safe: documents keep
/// their own record of which glyphs they used, so one loaded font serves every document.
/// </summary>
public sealed class PdfFont
{
    private const string CjkResource = "BeltRoad.Stats.Pdf.Fonts.wqy-microhei.ttf";
    private static readonly Lazy<PdfFont> EmbeddedCjk = new(() => FromStream(OpenEmbeddedCjk()));

    private readonly double _scale;

    private PdfFont(TrueTypeFont trueType)
    {
        TrueType = trueType;
        _scale = 1.0 / trueType.UnitsPerEm;
    }

    /// <summary>The font's PostScript name, e.g. <c>WenQuanYiMicroHei</c>.</summary>
    public string Name => TrueType.PostScriptName;

    internal TrueTypeFont TrueType { get; }

    /// <summary>
    /// WenQuanYi Micro Hei (Apache-2.0), shipped inside this assembly: simplified and traditional Chinese,
    /// Latin and digits. Parsed once per process.
    /// </summary>
    public static PdfFont LoadEmbeddedCjk() => EmbeddedCjk.Value;

    public static PdfFont FromFile(string path) => FromBytes(File.ReadAllBytes(path));

    public static PdfFont FromBytes(byte[] trueTypeData) => new(TrueTypeFont.Parse(trueTypeData));

    public static PdfFont FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || stream.Length - stream.Position > Array.MaxLength)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return FromBytes(copy.ToArray());
        }

        // A stream of known length (the embedded font: 10 MB) is read once into an array of its size, not copied three
        // times through a growing buffer: a new process's report step paid ~70 ms for that, mostly faulting in fresh pages.
        var data = GC.AllocateUninitializedArray<byte>((int)(stream.Length - stream.Position));
        stream.ReadExactly(data);
        return FromBytes(data);
    }

    /// <summary>The embedded CJK font file itself (for tools that want the bytes).</summary>
    public static Stream OpenEmbeddedCjk() =>
        typeof(PdfFont).Assembly.GetManifestResourceStream(CjkResource)
        ?? throw new InvalidOperationException($"Resource {CjkResource} is missing from the assembly.");

    /// <summary>
    /// A TrueType subset with a cmap holding the glyphs of <paramref name="codePoints"/> this font has, for a web page's
    /// @font-face (the HTML view embeds one so Chinese renders without a CJK system font). Deterministic bytes.
    /// </summary>
    public byte[] WebSubset(IEnumerable<int> codePoints) => WebFontSubsetter.Subset(TrueType, codePoints);

    /// <summary>Height above the baseline, in points, at a font size.</summary>
    public double Ascent(double size) => TrueType.Ascent * _scale * size;

    /// <summary>Depth below the baseline, in points (a positive number), at a font size.</summary>
    public double Descent(double size) => -TrueType.Descent * _scale * size;

    public double CapHeight(double size) => TrueType.CapHeight * _scale * size;

    /// <summary>Width of text, in points, from the font's advances (no kerning).</summary>
    public double MeasureWidth(string text, double size)
    {
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += AdvanceUnits(rune.Value);
        }

        return units * _scale * size;
    }

    /// <summary>The characters of <paramref name="text"/> this font cannot draw (distinct, in order of appearance).</summary>
    public IReadOnlyList<Rune> FindMissing(string text)
    {
        List<Rune>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (GlyphOf(rune.Value) == 0 && !(missing ??= []).Contains(rune))
            {
                missing.Add(rune);
            }
        }

        return missing ?? (IReadOnlyList<Rune>)[];
    }

    public bool CanRender(string text) => FindMissing(text).Count == 0;

    /// <summary>The advance of one code point in points.</summary>
    internal double Advance(int codePoint, double size) => AdvanceUnits(codePoint) * _scale * size;

    /// <summary>Glyph id for a code point after fallbacks; 0 = missing, -1 = draws nothing.</summary>
    internal int GlyphOf(int codePoint)
    {
        var resolved = GlyphFallbacks.Resolve(codePoint);
        if (resolved == GlyphFallbacks.Invisible)
        {
            return GlyphFallbacks.Invisible;
        }

        var glyph = TrueType.GlyphFor(resolved);
        return glyph == 0 && resolved != codePoint ? TrueType.GlyphFor(codePoint) : glyph;
    }

    internal int AdvanceUnits(int codePoint)
    {
        var glyph = GlyphOf(codePoint);
        return glyph <= 0 ? 0 : TrueType.AdvanceOf(glyph);
    }

    /// <summary>Converts font units to the 1/1000 em units PDF widths use.</summary>
    internal double ToPdfUnits(int fontUnits) => fontUnits * 1000.0 * _scale;
}
