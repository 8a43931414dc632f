using BeltRoad.Stats.Pdf.Text;

namespace BeltRoad.Stats.Pdf;

/// <summary>Text metrics from the font's own advances, for code that lays text out itself (charts).</summary>
public static class TextMeasurer
{
    public static double Width(string text, PdfTextStyle style) => style.Font.MeasureWidth(text, style.Size);

    public static double Width(string text, PdfFont font, double size) => font.MeasureWidth(text, size);

    /// <summary>Ascent plus descent: the height the glyphs of one line can occupy.</summary>
    public static double Height(PdfTextStyle style) => style.Font.Ascent(style.Size) + style.Font.Descent(style.Size);

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/> by the Chinese/Latin rules.</summary>
    public static IReadOnlyList<string> Wrap(string text, PdfTextStyle style, double maxWidth) =>
        [.. LineBreaker.Break(text, Advances(text, style), maxWidth).Select(l => text[l.Start..l.End])];

    internal static double[] Advances(string text, PdfTextStyle style)
    {
        var advances = new double[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                advances[i] = style.Font.Advance(char.ConvertToUtf32(text[i], text[i + 1]), style.Size);
            }
            else if (!char.IsLowSurrogate(text[i]))
            {
                advances[i] = style.Font.Advance(text[i], style.Size);
            }
        }

        return advances;
    }
}
