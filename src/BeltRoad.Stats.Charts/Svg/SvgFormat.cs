using System.Globalization;
using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>Invariant, fixed-precision numbers and XML-safe text, so the same chart is always the same bytes.</summary>
internal static class SvgFormat
{
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public static string Points(IReadOnlyList<ChartPoint> points) =>
        string.Join(" ", points.Select(p => Number(p.X) + "," + Number(p.Y)));

    /// <summary>Escaped for element text and double-quoted attributes; characters XML 1.0 forbids are dropped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            switch (v)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&apos;"); break;
                case '\t' or '\n' or '\r': sb.Append(' '); break;
                case < 0x20 or 0xFFFE or 0xFFFF: break;
                default: sb.Append(rune.ToString()); break;
            }
        }

        return sb.ToString();
    }
}
