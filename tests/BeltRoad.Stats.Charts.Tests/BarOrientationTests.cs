namespace BeltRoad.Stats.Charts.Tests;

public class BarOrientationTests
{
    [Fact]
    public void Few_short_labels_get_vertical_bars() =>
        Assert.Equal(ChartKind.Bar, ChartSpec.Bars("t", ["2013年", "2023年"], [1m, 2m], ValueFormat.Chinese()).Kind);

    [Fact]
    public void Many_categories_get_horizontal_bars() =>
        Assert.Equal(ChartKind.HorizontalBar, SampleCharts.ManyCategories() is var many
            ? ChartSpec.Bars(many.Title, many.Categories, many.Series[0].Values.Select(v => v!.Value).ToList(), many.Format).Kind
            : default);

    [Fact]
    public void A_label_that_would_need_three_lines_gets_horizontal_bars() =>
        Assert.Equal(
            ChartKind.HorizontalBar,
            ChartSpec.Bars("t", ["国家开发银行", "中国—中东欧国家投资合作基金（二期）", "丝路基金", "亚洲基础设施投资银行", "金砖国家新开发银行", "中国进出口银行"], [1m, 2m, 3m, 4m, 5m, 6m], ValueFormat.Chinese()).Kind);

    [Fact]
    public void Horizontal_rows_grow_for_two_line_labels()
    {
        var shortLabels = ChartSpec.HorizontalBar("t", ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"], [1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m], ValueFormat.Chinese());
        var longLabels = ChartSpec.HorizontalBar("t", SampleCharts.ManyHorizontal().Categories.Take(8).ToList(), [1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m], ValueFormat.Chinese());
        Assert.True(longLabels.Size.Height > shortLabels.Size.Height);
    }
}
