namespace BeltRoad.Stats.Charts.Tests;

public class ApproximateTextMeasurerTests
{
    [Theory]
    [InlineData("中", 1.0)]
    [InlineData("，", 1.0)]
    [InlineData("0", 0.56)]
    [InlineData("万亿", 2.0)]
    [InlineData("𠀀", 1.0)] // outside the BMP, one rune
    public void Widths_follow_the_character_class(string text, double ems) =>
        Assert.Equal(ems * 10, ApproximateTextMeasurer.Instance.Measure(text, 10), 6);

    [Fact]
    public void Chinese_is_wider_than_the_same_number_of_latin_letters() =>
        Assert.True(ApproximateTextMeasurer.Instance.Measure("银行", 10) > ApproximateTextMeasurer.Instance.Measure("ab", 10));
}
