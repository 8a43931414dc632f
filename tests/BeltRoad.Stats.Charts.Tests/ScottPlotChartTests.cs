using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Charts.Tests;

/// <summary>Charts drawn by ScottPlot: our font on every text, the same bytes for the same spec, bounds off the line.</summary>
public partial class ScottPlotChartTests
{
    private static ChartSpec Trains(params PointMark?[] marks) =>
        ChartSpec.TimeSeries(
            "中欧班列 · 开行列数（列，年度合计）",
            [new(2016, 12, 31), new(2018, 12, 31), new(2021, 12, 31), new(2023, 12, 31)],
            ["2016年", "2018年", "2021年", "2023年"],
            [new ChartSeries("开行列数", [1702m, 6363m, 15183m, 17000m]) { Marks = marks.Length == 0 ? null : marks }],
            ValueFormat.Chinese("列")) with { SourceNote = "来源：文件[1][2]" };

    [Fact]
    public void Every_text_of_the_svg_is_set_in_the_registered_font_and_says_the_title_in_Chinese()
    {
        var svg = ChartImage.Svg(Trains(), TestFont.Font);

        var families = FontFamily().Matches(svg).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([TestFont.Font.Family], families.Select(f => f.Split(',')[0]).Distinct());
        Assert.Contains("中欧班列", svg, StringComparison.Ordinal);
        Assert.Contains("来源：文件[1][2]", svg, StringComparison.Ordinal);
        Assert.Contains("2018年", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_spec_gives_the_same_svg_and_png_bytes()
    {
        Assert.Equal(ChartImage.Svg(Trains(), TestFont.Font), ChartImage.Svg(Trains(), TestFont.Font));
        Assert.Equal(ChartImage.Png(Trains(), TestFont.Font), ChartImage.Png(Trains(), TestFont.Font));
    }

    [Fact]
    public void The_png_is_twice_the_chart_size_in_pixels()
    {
        var png = ChartImage.Png(Trains(), TestFont.Font);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(960, ReadBigEndian(png, 16));
        Assert.Equal(600, ReadBigEndian(png, 20));
    }

    [Fact]
    public void A_bound_is_a_marker_off_the_line_that_joins_the_exact_points()
    {
        var exact = ChartImage.Svg(Trains(), TestFont.Font);
        var bounded = ChartImage.Svg(Trains(PointMark.Exact("1702列"), PointMark.Exact("6363列"), PointMark.Exact("15183列"), new PointMark(PointBound.Lower, "超过1.7万列")), TestFont.Font);

        Assert.Equal(4, LineVertices(exact));
        Assert.Equal(3, LineVertices(bounded));
        Assert.Contains("超过1.7万列", bounded, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_of_different_runs_are_not_joined_by_the_line()
    {
        // Year-to-date totals: January–June 2016, then January–March of 2018, 2021 and 2023.
        var joined = ChartImage.Svg(Trains(PointMark.Exact("1702列"), PointMark.Exact("6363列"), PointMark.Exact("15183列"), PointMark.Exact("1.7万列")), TestFont.Font);
        var runs = ChartImage.Svg(Trains(
            PointMark.Exact("1702列") with { Run = "6" }, PointMark.Exact("6363列") with { Run = "3" },
            PointMark.Exact("15183列") with { Run = "3" }, PointMark.Exact("1.7万列") with { Run = "3" }), TestFont.Font);

        Assert.Equal(4, LineVertices(joined));
        Assert.Equal(3, LineVertices(runs));
        Assert.Contains("1702列", runs, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_are_drawn_in_the_order_given_with_their_labels()
    {
        var spec = ChartSpec.HorizontalBar("开行列数（列，2023年）", ["中欧班列（成渝）", "中欧班列（西安）"], [5000m, 4000m], ValueFormat.Chinese("列"));

        var svg = ChartImage.Svg(spec, TestFont.Font);

        Assert.True(svg.IndexOf("中欧班列（成渝）", StringComparison.Ordinal) >= 0 && svg.Contains("中欧班列（西安）", StringComparison.Ordinal));
        Assert.Contains("5000列", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2016, 2023, "2016年", "2022年")]
    [InlineData(2011, 2025, "2015年", "2025年")]
    [InlineData(2019, 2022, "2019年", "2022年")]
    public void A_date_axis_of_years_has_year_ticks_at_year_ends(int first, int last, string firstLabel, string lastLabel)
    {
        var (positions, labels) = DateTicks.For(new DateOnly(first, 12, 31), new DateOnly(last, 12, 31));

        Assert.Equal(firstLabel, labels[0]);
        Assert.Equal(lastLabel, labels[^1]);
        Assert.True(labels.Length <= DateTicks.MaxTicks);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_date_axis_within_a_year_has_month_ticks()
    {
        var (_, labels) = DateTicks.For(new DateOnly(2023, 1, 31), new DateOnly(2023, 5, 31));

        Assert.Equal(["2023年1月", "2月", "3月", "4月", "5月"], labels);
    }

    [Fact]
    public void Value_labels_at_the_first_and_last_points_stay_inside_the_data_area()
    {
        // Two points three years apart with labels wider than the axis's padding: centred, half of each would be cut off.
        var spec = ChartSpec.TimeSeries(
            "“一带一路”国际合作高峰论坛 · 国际组织数（个组织，存量）",
            [new(2017, 12, 31), new(2019, 12, 31)],
            ["2017年", "2019年"],
            [new ChartSeries("国际组织数", [80m, 92m]) { Marks = [new PointMark(PointBound.Lower, "超过80个国际组织"), PointMark.Exact("92个国际组织")] }],
            ValueFormat.Chinese("个"));
        var svg = ChartImage.Svg(spec, TestFont.Font);

        var labels = ClippedText().Matches(svg).Select(m =>
        {
            double N(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            var glyphs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(N).ToList();
            var (clipLeft, clipRight, at) = (N(m.Groups["cx"].Value), N(m.Groups["cx"].Value) + N(m.Groups["cw"].Value), N(m.Groups["tx"].Value));
            return (Text: m.Groups["text"].Value.Trim(), Inside: at + glyphs.Min() >= clipLeft && at + glyphs.Max() + 9.5 <= clipRight);
        }).ToList();
        Assert.Equal(["超过80个国际组织", "92个国际组织"], labels.Select(l => l.Text));
        Assert.All(labels, l => Assert.True(l.Inside, l.Text + " crosses the data area's edge"));
    }

    [Theory]
    [InlineData("中国 · 在共建国家对外承包工程新签合同额（年度合计）")]
    [InlineData("中国 · 对外承包工程完成营业额（年度合计）")]
    [InlineData("China · Non-financial direct investment in partner countries (year to date)")]
    public void A_small_charts_long_title_stays_inside_the_chart(string title)
    {
        // Drawn at the title's size, these run off a small chart's edge into the chart beside it in the digest.
        var spec = Trains() with { Title = title, Size = ChartSize.Small, SourceNote = null };
        var svg = ChartImage.Svg(spec, TestFont.Font);

        var texts = AnyText().Matches(svg).Select(m =>
        {
            double N(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            var glyphs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(N).ToList();
            var (at, size) = (N(m.Groups["tx"].Value), N(m.Groups["fs"].Value));
            return (Text: m.Groups["text"].Value.Trim(), Left: at + glyphs.Min(), Right: at + glyphs.Max() + size);
        }).ToList();
        var titleTexts = texts.Where(t => t.Text.Length > 0 && title.Contains(t.Text, StringComparison.Ordinal)).ToList();
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), string.Concat(titleTexts.Select(t => t.Text)).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(titleTexts, t => Assert.True(t.Left >= 0 && t.Right <= ChartSize.Small.Width, $"「{t.Text}」 spans {t.Left:0.#}–{t.Right:0.#} of {ChartSize.Small.Width}"));
    }

    public static TheoryData<int, int, int> Crowded => new() { { 2014, 30, 6 }, { 2016, 45, 8 }, { 2018, 61, 10 }, { 2020, 90, 12 }, { 2015, 20, 5 } };

    [Theory]
    [MemberData(nameof(Crowded))]
    public void Value_labels_of_points_close_together_do_not_overlap(int startYear, int stepDays, int count)
    {
        // Year-to-date totals a month or two apart with values close together, the first label run inwards from the
        // left edge: each kept label measured where it is drawn, none over another.
        var dates = Enumerable.Range(0, count).Select(i => new DateOnly(startYear, 1, 31).AddDays(i * stepDays)).ToList();
        var values = Enumerable.Range(0, count).Select(i => 185.7m + (i % 3 * 3.8m) + (i * 1.1m)).ToList();
        var spec = ChartSpec.TimeSeries(
            "中国 · 在共建国家对外承包工程完成营业额（美元，年初至今合计）",
            dates,
            [.. dates.Select(d => d.Year + "年")],
            [new ChartSeries("完成营业额", [.. values.Select(v => (decimal?)v)]) { Marks = [.. values.Select(v => PointMark.Exact(v + "亿美元"))] }],
            ValueFormat.Chinese("美元"));
        var svg = ChartImage.Svg(spec, TestFont.Font);

        var labels = AnyText().Matches(svg).Where(m => m.Groups["fs"].Value == "9.5").Select(m =>
        {
            double N(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            var glyphs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(N).ToList();
            var at = N(m.Groups["tx"].Value);
            return (Text: m.Groups["text"].Value.Trim(), Left: at + glyphs.Min(), Right: at + glyphs.Max() + 9.5, Y: N(m.Groups["ty"].Value));
        }).ToList();
        Assert.True(labels.Count >= 2, "at least two labels kept");
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (l, r) = (labels[i], labels[j]);
                Assert.False(Math.Abs(l.Y - r.Y) < 12 && l.Left < r.Right && r.Left < l.Right, $"「{l.Text}」 overlaps 「{r.Text}」");
            }
        }
    }

    // The series line: the stroked path of the first series' colour that is not a marker; its L commands join its vertices.
    private static int LineVertices(string svg) =>
        SeriesLine().Matches(svg).Select(m => m.Groups[1].Value.Count(c => c == 'L') + 1).Max();

    private static int ReadBigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    // A text drawn inside the data area's clip: the clip's left and width, the text's anchor and its glyphs' offsets.
    [GeneratedRegex("<clipPath id=\"(?<id>clip\\d+)\">\\s*<rect x=\"(?<cx>[-0-9.]+)\" y=\"[-0-9.]+\" width=\"(?<cw>[-0-9.]+)\"[^>]*/>\\s*</clipPath>\\s*<g clip-path=\"url\\(#\\k<id>\\)\">\\s*<text[^>]* transform=\"translate\\((?<tx>[-0-9.]+) [-0-9.]+\\)\"[^>]* x=\"(?<xs>[^\"]+)\"[^>]*>(?<text>[^<]+)</text>")]
    private static partial Regex ClippedText();

    // Any text: its anchor, size and glyphs' offsets.
    [GeneratedRegex("<text[^>]* transform=\"translate\\((?<tx>[-0-9.]+) (?<ty>[-0-9.]+)\\)\"[^>]* font-size=\"(?<fs>[0-9.]+)\"[^>]* x=\"(?<xs>[^\"]+)\"[^>]*>(?<text>[^<]+)</text>")]
    private static partial Regex AnyText();

    [GeneratedRegex("font-family=\"([^\"]+)\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("<path fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\"[^>]* d=\"(M[^\"]+)\"")]
    private static partial Regex SeriesLine();
}
