namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>
/// What a scale word multiplies an Arabic numeral's digits by ("1.8 million": 1,000,000; 「3万」: 10,000): a list or a range
/// writes it once, after its last number ("1.2, 1.5 and 1.8 million TEUs", 「2至3万吨」), and the numbers before take it.
/// </summary>
internal static class Scales
{
    /// <summary>The scale of <paramref name="numeral"/> in <paramref name="text"/>; 1 when it has none (or is not Arabic).</summary>
    public static decimal Of(string text, Numeral numeral)
    {
        if (!numeral.Has(NumeralFlags.Scaled) || !numeral.Has(NumeralFlags.Arabic) || numeral.Value is not { } value)
        {
            return 1m;
        }

        var end = numeral.Start;
        while (end < numeral.End && (ArabicParser.IsDigit(text[end]) || text[end] is '.' or ','))
        {
            end++;
        }

        if (!decimal.TryParse(text.AsSpan(numeral.Start, end - numeral.Start), System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out var digits) || digits == 0)
        {
            return 1m;
        }

        var scale = value / digits;
        return IsScale(scale) ? scale : 1m;
    }

    /// <summary>
    /// <paramref name="low"/> times the scale of <paramref name="high"/> (a range's or a list's last number), or null where the
    /// product would overflow (a run of digits before 兆 must cost no exception).
    /// </summary>
    public static decimal? Times(decimal low, string text, Numeral high)
    {
        var flags = NumeralFlags.None;
        var scaled = SafeMath.Multiply(low, Of(text, high), ref flags);
        return flags.HasFlag(NumeralFlags.Overflow) ? null : scaled;
    }

    // What a scale word or two can multiply by: thousand, 万, million, 千万, 亿, billion, 百亿, 千亿, 兆 and trillion (「2至3千万吨」);
    // 十万 and 百 are left out: a ratio of 100 or 100,000 is more often digits read another way than a scale.
    private static bool IsScale(decimal scale) =>
        scale is 1_000m or 10_000m or 1_000_000m or 10_000_000m or 100_000_000m or 1_000_000_000m or 10_000_000_000m
            or 100_000_000_000m or 1_000_000_000_000m;
}
