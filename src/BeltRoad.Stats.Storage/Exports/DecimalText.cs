using System.Globalization;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The one textual form of a value in every export: invariant, no exponent, no trailing zeros
/// (74000.0 → 74000, 45.40 → 45.4), so two runs and three formats agree character for character.
/// </summary>
internal static class DecimalText
{
    public static string Format(decimal value)
    {
        if (value == 0m)
        {
            return "0"; // decimal keeps a sign and a scale on zero (-0.00); neither means anything here.
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    public static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
