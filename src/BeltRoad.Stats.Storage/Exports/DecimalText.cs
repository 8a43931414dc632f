using System.Globalization;
using System.Text.Unicode;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The one textual form of a value in every export: invariant, no exponent, no trailing zeros
/// (74000.0 → 74000, 45.40 → 45.4), so two runs and three formats agree character for character.
/// </summary>
internal static class DecimalText
{
    /// <summary>Enough for any decimal: 29 digits, a sign and a point.</summary>
    public const int MaxLength = 32;

    public static string Format(decimal value)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..Format(value, text)]);
    }

    /// <summary>Writes the form into <paramref name="destination"/> (at least <see cref="MaxLength"/> long); returns its length.</summary>
    public static int Format(decimal value, Span<char> destination)
    {
        if (value == 0m)
        {
            destination[0] = '0'; // decimal keeps a sign and a scale on zero (-0.00); neither means anything here.
            return 1;
        }

        if (!value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new ArgumentException($"Needs {MaxLength} characters.", nameof(destination));
        }

        var text = destination[..length];
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.').Length : length;
    }

    /// <summary>The same form as UTF-8 (it is ASCII), for writers that write bytes.</summary>
    public static int FormatUtf8(decimal value, Span<byte> destination)
    {
        Span<char> text = stackalloc char[MaxLength];
        var length = Format(value, text);
        Utf8.FromUtf16(text[..length], destination, out _, out var written);
        return written;
    }

    public static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
