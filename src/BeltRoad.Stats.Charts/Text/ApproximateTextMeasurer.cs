using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Width estimated per character class (ems): wide CJK and full-width forms 1, digits 0.56, Latin letters about 0.5-0.65
/// (checked against WenQuanYi Micro Hei: digits 0.551, a 0.531, A 0.608, space 0.26, CJK 1.0).
/// Errs slightly wide, so labels laid out with it do not collide when drawn with a real CJK font.
/// </summary>
public sealed class ApproximateTextMeasurer : ITextMeasurer
{
    public static ApproximateTextMeasurer Instance { get; } = new();

    public double Measure(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += Ems(rune);
        }

        return ems * fontSize;
    }

    private static double Ems(Rune rune)
    {
        if (CharClasses.IsWide(rune))
        {
            return 1.0;
        }

        var c = (char)rune.Value;
        return c switch
        {
            >= '0' and <= '9' => 0.56,
            ' ' => 0.3,
            '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'l' or 'j' or 'I' => 0.3,
            '(' or ')' or '[' or ']' or '-' or 'f' or 't' or 'r' => 0.38,
            '%' => 0.88,
            'm' or 'w' or 'M' or 'W' => 0.9,
            '…' => 1.0,
            >= 'A' and <= 'Z' => 0.66,
            >= 'a' and <= 'z' => 0.54,
            _ => 0.6,
        };
    }
}
