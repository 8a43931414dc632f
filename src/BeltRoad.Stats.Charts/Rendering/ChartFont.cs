using ScottPlot;
using SkiaSharp;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// The typeface every chart's text is set in: a font file given explicitly and registered with ScottPlot's font
/// resolvers, never a font the machine happens to have (with no system fonts Skia draws no text at all, and with other
/// ones the bytes would differ between machines). Each plot names its family on every label.
/// </summary>
public sealed class ChartFont
{
    private static readonly Lock Registering = new();

    private ChartFont(SKTypeface typeface)
    {
        Typeface = typeface;
        Family = typeface.FamilyName;
    }

    /// <summary>The family name the SVG's text elements carry (and an embedded @font-face must match).</summary>
    public string Family { get; }

    internal SKTypeface Typeface { get; }

    /// <summary>How wide <paramref name="text"/> is set at <paramref name="size"/> points: the one measure every fitting
    /// decision uses (titles, value labels' sides and their overlaps), so what is measured is what is drawn.</summary>
    internal double Width(string text, float size)
    {
        using var measure = new SKFont(Typeface, size);
        return measure.MeasureText(text);
    }

    /// <summary>Registers the TrueType font in <paramref name="trueType"/> for ScottPlot: call once per process and keep the result.</summary>
    /// <exception cref="ArgumentException">Skia cannot read the bytes as a font.</exception>
    public static ChartFont Register(byte[] trueType)
    {
        ArgumentNullException.ThrowIfNull(trueType);
        var typeface = SKTypeface.FromData(SKData.CreateCopy(trueType))
            ?? throw new ArgumentException("The chart font is not a font Skia can read.", nameof(trueType));
        var font = new ChartFont(typeface);
        lock (Registering)
        {
            Fonts.FontResolvers.Insert(0, new Resolver(font));
            Fonts.Default = font.Family;
        }

        return font;
    }

    /// <summary>Our family by its name, in any weight and slant (the file has one face); any other name is not ours to answer.</summary>
    private sealed class Resolver(ChartFont font) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, font.Family, StringComparison.Ordinal) ? font.Typeface : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            string.Equals(fontName, font.Family, StringComparison.Ordinal) ? font.Typeface : null;
    }
}
