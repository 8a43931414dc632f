using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

public class MetricCodeTests
{
    [Theory]
    [InlineData("trade_volume")]
    [InlineData("train_count")]
    [InlineData("gdp_2030")]
    [InlineData("_")]
    public void A_code_of_lower_case_ascii_letters_digits_and_underscores_is_taken(string code) =>
        Assert.Equal(code, new MetricCode(code).Value);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Trade_volume")]
    [InlineData("trade volume")]
    [InlineData("trade-volume")]
    [InlineData("貿易額")]
    [InlineData("trade_volumé")]
    [InlineData("trade_volume\n")]
    public void Any_other_code_is_refused(string code) =>
        Assert.Throws<ArgumentException>(() => new MetricCode(code));
}
