using System.Globalization;
using System.Text.Json;

namespace BeltRoad.Stats.Charts.Tests;

public class ReadableNumberTests
{
    public static IEnumerable<object[]> Cases() => JsonCases.Read("readable-numbers.json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_values_as_a_reader_says_them(string json)
    {
        var (value, style, element) = Parse(json);
        Assert.Equal(element.GetProperty("readable").GetString(), ReadableNumber.Format(value, style));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_form_keeps_every_digit(string json)
    {
        var (value, style, element) = Parse(json);
        Assert.Equal(element.GetProperty("exact").GetString(), ReadableNumber.FormatExact(value, style));
    }

    [Theory]
    [InlineData("19100000000000", "美元", "19.1万亿美元")]
    [InlineData("150", "个国家", "150个国家")]
    [InlineData("17000", "列", "1.7万列")]
    public void Chinese_unit_follows_the_scale_word_without_a_space(string value, string unit, string expected) =>
        Assert.Equal(expected, ReadableNumber.Format(decimal.Parse(value, CultureInfo.InvariantCulture), ValueFormat.Chinese(unit)));

    [Fact]
    public void English_unit_is_separated_by_a_space() =>
        Assert.Equal("19.1 trillion USD", ReadableNumber.Format(19_100_000_000_000m, ValueFormat.English("USD")));

    [Fact]
    public void Exact_with_unit_keeps_every_digit() =>
        Assert.Equal("19.13万亿美元", ReadableNumber.FormatExact(19_130_000_000_000m, ValueFormat.Chinese("美元")));

    private static (decimal Value, NumberScaleStyle Style, JsonElement Element) Parse(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;
        var value = decimal.Parse(element.GetProperty("value").GetString()!, CultureInfo.InvariantCulture);
        var style = Enum.Parse<NumberScaleStyle>(element.GetProperty("style").GetString()!);
        return (value, style, element);
    }
}
