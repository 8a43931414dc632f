namespace BeltRoad.Stats.Charts.Tests;

public class AxisLabelsTests
{
    [Fact]
    public void Chinese_axis_shares_the_scale_of_its_largest_tick()
    {
        var ticks = NiceScale.Compute(0m, 19_100_000_000_000m, 6).Values;
        Assert.Equal(["0", "5万亿", "10万亿", "15万亿", "20万亿"], AxisLabels.Format(ticks, NumberScaleStyle.Chinese));
    }

    [Fact]
    public void English_axis_uses_scale_words()
    {
        var ticks = NiceScale.Compute(0m, 19_100_000_000_000m, 6).Values;
        Assert.Equal(["0", "5 trillion", "10 trillion", "15 trillion", "20 trillion"], AxisLabels.Format(ticks, NumberScaleStyle.English));
    }

    [Fact]
    public void Fractional_steps_are_written_in_the_shared_scale()
    {
        Assert.Equal(["0", "0.5万", "1万", "1.5万", "2万"], AxisLabels.Format([0m, 5000m, 10000m, 15000m, 20000m], NumberScaleStyle.Chinese));
    }

    [Fact]
    public void English_below_a_million_groups_thousands() =>
        Assert.Equal(["0", "50,000", "100,000"], AxisLabels.Format([0m, 50_000m, 100_000m], NumberScaleStyle.English));

    [Fact]
    public void Percent_axis_reads_from_zero_percent() =>
        Assert.Equal(["-20%", "-10%", "0%", "10%"], AxisLabels.Format([-20m, -10m, 0m, 10m], NumberScaleStyle.Percent));
}
