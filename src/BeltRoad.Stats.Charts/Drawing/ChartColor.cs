using System.Globalization;

namespace BeltRoad.Stats.Charts;

/// <summary>An opaque sRGB colour.</summary>
public readonly record struct ChartColor(byte R, byte G, byte B)
{
    public static ChartColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.TrimStart('#');
        if (digits.Length != 6)
        {
            throw new FormatException($"Colour '{hex}' is not #RRGGBB.");
        }

        var rgb = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new ChartColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>#RRGGBB, upper case.</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");

    /// <summary>Components from 0 to 1, as PDF's <c>rg</c> operator wants them.</summary>
    public (double R, double G, double B) ToUnit() => (R / 255.0, G / 255.0, B / 255.0);
}
