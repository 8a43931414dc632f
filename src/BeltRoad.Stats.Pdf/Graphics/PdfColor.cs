using System.Globalization;

namespace BeltRoad.Stats.Pdf;

/// <summary>An sRGB colour, 8 bits per channel.</summary>
public readonly record struct PdfColor(byte R, byte G, byte B)
{
    public static PdfColor Black { get; } = new(0, 0, 0);

    public static PdfColor White { get; } = new(255, 255, 255);

    public static PdfColor Gray { get; } = new(128, 128, 128);

    public static PdfColor LightGray { get; } = new(220, 220, 220);

    /// <summary>Parses <c>#RRGGBB</c> or <c>RRGGBB</c>.</summary>
    public static PdfColor FromHex(string hex)
    {
        var digits = hex.StartsWith('#') ? hex[1..] : hex;
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        }

        return new PdfColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
}
