using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace BeltRoad.Stats.Charts.Tests;

public class ReadableNumberPropertyTests
{
    private static readonly (string Word, decimal Factor)[] Words =
    [
        ("万亿", 1_0000_0000_0000m), ("亿", 1_0000_0000m), ("万", 1_0000m),
        (" trillion", 1_000_000_000_000m), (" billion", 1_000_000_000m), (" million", 1_000_000m),
    ];

    private static Arbitrary<decimal> Values() =>
        Gen.Choose(-999_999, 999_999)
            .SelectMany(mantissa => Gen.Choose(0, 18).Select(power => mantissa * Pow10(power) / 100m))
            .ToArbitrary();

    [Fact]
    public void Exact_form_reads_back_to_the_same_value() =>
        Prop.ForAll(Values(), Gen.Elements(NumberScaleStyle.Chinese, NumberScaleStyle.English).ToArbitrary(), (value, style) =>
            ReadBack(ReadableNumber.FormatExact(value, style)) == value)
        .QuickCheckThrowOnFailure();

    [Fact]
    public void Readable_form_is_within_half_a_percent() =>
        Prop.ForAll(Values(), Gen.Elements(NumberScaleStyle.Chinese, NumberScaleStyle.English).ToArbitrary(), (value, style) =>
            Math.Abs(ReadBack(ReadableNumber.Format(value, style)) - value) <= Math.Abs(value) * 0.005m)
        .QuickCheckThrowOnFailure();

    private static decimal ReadBack(string text)
    {
        foreach (var (word, factor) in Words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return Parse(text[..^word.Length]) * factor;
            }
        }

        return Parse(text);
    }

    private static decimal Parse(string digits) => decimal.Parse(digits, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
