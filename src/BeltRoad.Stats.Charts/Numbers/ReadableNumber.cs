using System.Globalization;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// Numbers as a reader says them: 19100000000000 → 19.1万亿 or 19.1 trillion, 45.4 (percent) → 45.4%.
/// Culture-independent: the same value and style always give the same text.
/// </summary>
public static class ReadableNumber
{
    /// <summary>Significant digits kept by <see cref="Format(decimal, NumberScaleStyle)"/>; integer digits are never dropped (3500亿).</summary>
    public const int SignificantDigits = 3;

    /// <summary>Rounded to three significant digits in the largest fitting scale: 74000 → 7.4万, 350000000000 → 3500亿.</summary>
    public static string Format(decimal value, NumberScaleStyle style) =>
        FormatCore(value, ScaleTable.For(style), SignificantDigits);

    /// <summary>In the largest fitting scale without losing a digit: 19130000000000 → 19.13万亿.</summary>
    public static string FormatExact(decimal value, NumberScaleStyle style) =>
        FormatCore(value, ScaleTable.For(style), significantDigits: null);

    /// <summary>Rounded, with the unit: 19.1万亿美元, 19.1 trillion USD, 150个国家.</summary>
    public static string Format(decimal value, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return WithUnit(Format(value, format.Style), format);
    }

    /// <summary>Exact, with the unit: 19.13万亿美元.</summary>
    public static string FormatExact(decimal value, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return WithUnit(FormatExact(value, format.Style), format);
    }

    private static string WithUnit(string number, ValueFormat format) =>
        string.IsNullOrEmpty(format.Unit) ? number : number + ScaleTable.For(format.Style).UnitSeparator + format.Unit;

    private static string FormatCore(decimal value, ScaleTable table, int? significantDigits)
    {
        if (value == 0m)
        {
            return "0" + table.Suffix;
        }

        var magnitude = Math.Abs(value);
        var scale = table.ScaleFor(magnitude);
        var mantissa = magnitude / scale.Factor;
        if (significantDigits is int digits)
        {
            mantissa = RoundSignificant(mantissa, digits);
            // Rounding can carry into the next scale: 9999.6万 is 1亿, not 10000万.
            var larger = table.LargerThan(scale);
            if (larger is not null && mantissa * scale.Factor >= larger.Factor)
            {
                scale = larger;
                mantissa = RoundSignificant(magnitude / larger.Factor, digits);
            }
        }

        var sign = value < 0m && mantissa != 0m ? "-" : "";
        return sign + Digits(mantissa, scale == ScaleTable.Unscaled ? table.GroupSeparator : null) + scale.Word + table.Suffix;
    }

    /// <summary>Plain digits, trailing zeros trimmed, optionally grouped by thousands.</summary>
    internal static string Digits(decimal mantissa, string? groupSeparator)
    {
        var pattern = groupSeparator is null ? "0.############################" : "#,##0.############################";
        return mantissa.ToString(pattern, CultureInfo.InvariantCulture);
    }

    internal static decimal RoundSignificant(decimal magnitude, int digits)
    {
        var decimals = digits - IntegerDigits(magnitude);
        return Math.Round(magnitude, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);
    }

    /// <summary>Digits before the point; for 0.0123 it is -1 (the first significant digit is the second decimal).</summary>
    private static int IntegerDigits(decimal magnitude)
    {
        var count = 0;
        if (magnitude >= 1m)
        {
            for (var x = decimal.Truncate(magnitude); x >= 1m; x = decimal.Truncate(x / 10m))
            {
                count++;
            }

            return count;
        }

        for (var x = magnitude; x < 0.1m && x > 0m; x *= 10m)
        {
            count--;
        }

        return count;
    }
}
