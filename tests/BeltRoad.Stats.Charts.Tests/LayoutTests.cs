namespace BeltRoad.Stats.Charts.Tests;

public class LayoutTests
{
    public static TheoryData<string> Names() => [.. SampleCharts.All().Select(sample => sample.Name)];

    private static ChartSpec Sample(string name) => SampleCharts.All().Single(sample => sample.Name == name).Spec;

    [Theory]
    [MemberData(nameof(Names))]
    public void No_two_texts_overlap(string name)
    {
        var boxes = ChartLayout.Layout(Sample(name)).Items.OfType<TextPrimitive>().Select(t => (Text: t.Text, Box: TextBox(t))).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(Overlap(boxes[i].Box, boxes[j].Box), $"'{boxes[i].Text}' overlaps '{boxes[j].Text}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_text_overlaps_a_bar_and_everything_is_inside_the_chart(string name)
    {
        var chart = ChartLayout.Layout(Sample(name));
        var bars = chart.Items.OfType<RectPrimitive>().Skip(1).Where(r => r.Width > 10 || r.Height > 10)
            .Select(r => (r.X, r.Y, Right: r.X + r.Width, Bottom: r.Y + r.Height)).ToList();
        foreach (var text in chart.Items.OfType<TextPrimitive>())
        {
            var box = TextBox(text);
            Assert.True(box.X >= 0 && box.Right <= chart.Width && box.Y >= 0 && box.Bottom <= chart.Height, $"'{text.Text}' leaves the chart");
            Assert.DoesNotContain(bars, bar => Overlap(box, bar));
        }
    }

    [Fact]
    public void All_four_kinds_draw_their_marks()
    {
        Assert.Equal(5, Bars(SampleCharts.TradeBars()));
        Assert.Equal(5, Bars(SampleCharts.LoansByInstitution()));
        Assert.Equal(15, Bars(SampleCharts.TradeGrouped()));
        Assert.Single(ChartLayout.Layout(SampleCharts.TrainsOverTime()).Items.OfType<PolylinePrimitive>());
    }

    [Theory]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.HorizontalBar)]
    public void The_reference_bar_is_grey_and_the_others_keep_the_series_colour(ChartKind kind)
    {
        var spec = new ChartSpec { Kind = kind, Title = "构成", Categories = ["合计", "西线", "其他"], Series = [ChartSeries.Of("", 50m, 26m, 24m)], ReferenceCategory = 0 };

        var fills = ChartLayout.Layout(spec).Items.OfType<RectPrimitive>().Skip(1).Select(r => r.Fill).ToList();

        Assert.Equal([ChartPalette.Reference, ChartPalette.Series(0), ChartPalette.Series(0)], fills);
    }

    [Fact]
    public void Negative_values_hang_below_the_zero_line()
    {
        var chart = ChartLayout.Layout(SampleCharts.GrowthWithNegatives());
        var bars = chart.Items.OfType<RectPrimitive>().Skip(1).ToList();
        var zero = bars[0].Y + bars[0].Height; // 12.5% stands on the zero line
        Assert.Equal(zero, bars[1].Y, 3); // -8.3% hangs from it
        Assert.True(bars[3].Height > bars[1].Height);
    }

    [Fact]
    public void Time_series_points_are_spaced_by_date()
    {
        var points = ChartLayout.Layout(SampleCharts.TrainsOverTime()).Items.OfType<PolylinePrimitive>().Single().Points;
        var yearGap = points[4].X - points[3].X; // 2020 → 2021
        var threeYears = points[1].X - points[0].X; // 2013 → 2016
        Assert.Equal(3, threeYears / yearGap, 1);
    }

    [Fact]
    public void A_missing_value_breaks_the_line() =>
        Assert.Equal(2, ChartLayout.Layout(SampleCharts.LineWithGap()).Items.OfType<PolylinePrimitive>().Count());

    [Fact]
    public void Legend_only_when_there_is_more_than_one_series()
    {
        static bool HasText(ChartSpec spec, string text) => ChartLayout.Layout(spec).Items.OfType<TextPrimitive>().Any(t => t.Text == text);
        Assert.True(HasText(SampleCharts.TradeGrouped(), "2023年出口"));
        Assert.False(HasText(SampleCharts.TradeBars(), "#1"));
    }

    [Fact]
    public void Counts_never_get_fractional_ticks()
    {
        var texts = ChartLayout.Layout(SampleCharts.AllZero()).Items.OfType<TextPrimitive>().Select(t => t.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Series_length_must_match_categories() =>
        Assert.Throws<ArgumentException>(() => ChartLayout.Layout(ChartSpec.Bar("x", ["a", "b"], [1m], ValueFormat.Chinese())));

    [Fact]
    public void A_real_font_measurer_changes_the_layout()
    {
        var wide = ChartLayout.Layout(SampleCharts.LoansByInstitution(), new FixedWidthMeasurer(1.2));
        var narrow = ChartLayout.Layout(SampleCharts.LoansByInstitution(), new FixedWidthMeasurer(0.5));
        Assert.NotEqual(wide.Items.OfType<RectPrimitive>().Last().X, narrow.Items.OfType<RectPrimitive>().Last().X);
    }

    // All rectangles but the background and the 9 pt legend swatches.
    private static int Bars(ChartSpec spec) => ChartLayout.Layout(spec).Items.OfType<RectPrimitive>().Skip(1).Count(r => r is not { Width: 9, Height: 9 });

    private static (double X, double Y, double Right, double Bottom) TextBox(TextPrimitive text)
    {
        var width = ApproximateTextMeasurer.Instance.Measure(text.Text, text.Size) * (text.Bold ? 1.06 : 1.0);
        var left = text.Anchor switch
        {
            TextAnchor.Middle => text.Baseline.X - (width / 2),
            TextAnchor.End => text.Baseline.X - width,
            _ => text.Baseline.X,
        };
        return (left, text.Baseline.Y - (0.88 * text.Size), left + width, text.Baseline.Y + (0.12 * text.Size));
    }

    private static bool Overlap((double X, double Y, double Right, double Bottom) a, (double X, double Y, double Right, double Bottom) b) =>
        a.X < b.Right - 0.5 && b.X < a.Right - 0.5 && a.Y < b.Bottom - 0.5 && b.Y < a.Bottom - 0.5;

    private sealed class FixedWidthMeasurer(double ems) : ITextMeasurer
    {
        public double Measure(string text, double fontSize) => text.Length * ems * fontSize;
    }
}
