using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace BeltRoad.Stats.Storage.Tests;

public class DecimalTextTests
{
    [Theory]
    [InlineData("74000.0", "74000")]
    [InlineData("45.40", "45.4")]
    [InlineData("100", "100")]
    [InlineData("0.00001", "0.00001")]
    [InlineData("-3.50", "-3.5")]
    [InlineData("-0.000", "0")]
    [InlineData("19100000000000.000", "19100000000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Writes_the_shortest_plain_form(string input, string expected) =>
        Assert.Equal(expected, DecimalText.Format(decimal.Parse(input, NumberStyles.Number, CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_decimal_round_trips_without_exponent_or_trailing_zeros() =>
        Prop.ForAll<decimal>(value =>
        {
            var text = DecimalText.Format(value);
            var plain = !text.Contains('E', StringComparison.OrdinalIgnoreCase);
            var trimmed = !text.Contains('.', StringComparison.Ordinal) || !(text.EndsWith('0') || text.EndsWith('.'));
            return plain && trimmed && DecimalText.Parse(text) == value;
        }).QuickCheckThrowOnFailure();
}
