using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// A series over dates: exact and approximate points joined by one line in date order; a bound (超过, 不少于, 近, 最高)
/// as a triangle pointing the way the value may lie, with its sign in the label, on no line; a range as a bar from its
/// low to its high value; a point documents disagree about in the warning colour, the line through the first figure of
/// its date only. The value axis starts at zero.
/// </summary>
internal static class SeriesPainter
{
    /// <summary>Labels whose spans come closer than this across (and <see cref="LabelHeight"/> up or down), in the chart's points, keep one: the newer.</summary>
    private const double LabelGap = 4;

    /// <summary>How far below its point an upper bound's label stands (its offset under the point less the others' above it).</summary>
    private const double BelowDrop = 23;

    private const double LabelHeight = 14;

    /// <summary>About how much of the chart's width the data area takes (the rest: the value axis and margins).</summary>
    private const double DataShare = 0.8;

    /// <summary>The x axis's limits and about how many points wide its data area is: where a label would cross an edge.</summary>
    private readonly record struct Across(double Low, double High, double Points)
    {
        public double ToPoints(double x) => High > Low ? (x - Low) / (High - Low) * Points : Points / 2;
    }

    public static void Paint(Plot plot, ChartSpec spec, ChartFont font)
    {
        var dates = spec.Dates ?? throw new ArgumentException("A time series needs one date per category.", nameof(spec));
        var values = spec.Series.SelectMany(s => s.Drawn).ToList();
        if (values.Count == 0)
        {
            return;
        }

        var used = Enumerable.Range(0, dates.Count).Where(i => spec.Series.Any(s => s.Values[i] is not null)).Select(i => dates[i]).ToList();
        var (first, last) = (used.Min(), used.Max());
        var pad = Math.Max(30, (last.DayNumber - first.DayNumber) * 0.07);
        var across = new Across(DateTicks.X(first) - pad, DateTicks.X(last) + pad, spec.Size.Width * DataShare);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            PaintSeries(plot, spec, spec.Series[s], dates, ChartStyle.Of(ChartPalette.Series(s)), font, across);
        }

        var (positions, labels, top) = PlotBuilder.ValueTicks(values, spec.Format.Style);
        plot.Axes.Left.SetTicks(positions, labels);
        var (ticks, tickLabels) = DateTicks.For(first, last, spec.Size.Width < 400 ? 4 : DateTicks.MaxTicks);
        plot.Axes.Bottom.SetTicks(ticks, tickLabels);
        plot.Axes.SetLimits(across.Low, across.High, positions.Min(), top * 1.12);
    }

    // Which points keep their value label: from the newest back, a point whose label would overlap a kept one (their
    // spans across, as each is aligned, closer than LabelGap, and less than LabelHeight apart up or down, in the chart's
    // points) is left to its tooltip and table row. A label is measured: 「超过150个国家」 at the right edge runs leftwards
    // its whole width, over the label of a point a year before it.
    private static bool[] Labelled(ChartSpec spec, ChartFont font, Across across, List<(double X, decimal Value, string Label, bool Below)> points)
    {
        var keep = new bool[points.Count];
        if (!spec.ShowValueLabels || points.Count == 0)
        {
            return keep;
        }

        var top = points.Max(p => p.Value);
        var up = top > 0 ? spec.Size.Height * 0.6 / (double)top : 0;
        var kept = new List<(double Left, double Right, double Y)>();
        for (var k = points.Count - 1; k >= 0; k--)
        {
            var (left, right) = Span(across.ToPoints(points[k].X), font.Width(points[k].Label, ChartStyle.ValueLabelSize), across.Points);
            var y = ((double)points[k].Value * up) - (points[k].Below ? BelowDrop : 0);
            if (kept.TrueForAll(o => o.Right + LabelGap <= left || right + LabelGap <= o.Left || Math.Abs(o.Y - y) >= LabelHeight))
            {
                keep[k] = true;
                kept.Add((left, right, y));
            }
        }

        return keep;
    }

    // Where a label of this width spans across, aligned as Aligned aligns it.
    private static (double Left, double Right) Span(double at, double width, double points) => Side(at, width, points) switch
    {
        < 0 => (at, at + width),
        > 0 => (at - width, at),
        _ => (at - (width / 2), at + (width / 2)),
    };

    // Centred over its point, unless half the label would cross one edge of the data area (and only one): then it runs from
    // the point inwards, rightwards from near the left edge (-1), leftwards from near the right (1).
    private static int Side(double at, double width, double points) => (at < width / 2, points - at < width / 2) switch
    {
        (true, false) => -1,
        (false, true) => 1,
        _ => 0,
    };

    // Centred over its point, unless half the label would cross the data area's edge: then it runs from the point inwards.
    private static Alignment Aligned(LabelStyle label, ChartFont font, double x, Across across, bool below) =>
        (Side(across.ToPoints(x), font.Width(label.Text, label.FontSize), across.Points), below) switch
        {
            (< 0, false) => Alignment.LowerLeft,
            (< 0, true) => Alignment.UpperLeft,
            (> 0, false) => Alignment.LowerRight,
            (> 0, true) => Alignment.UpperRight,
            (_, false) => Alignment.LowerCenter,
            (_, true) => Alignment.UpperCenter,
        };

    private static void PaintSeries(Plot plot, ChartSpec spec, ChartSeries series, IReadOnlyList<DateOnly> dates, Color color, ChartFont font, Across across)
    {
        var points = Enumerable.Range(0, series.Values.Count)
            .Where(i => series.Values[i] is not null)
            .Select(i => (X: DateTicks.X(dates[i]), Value: series.Values[i]!.Value, Mark: series.MarkAt(i) ?? PointMark.Exact(ReadableNumber.Format(series.Values[i]!.Value, spec.Format))))
            .OrderBy(p => p.X)
            .ToList();
        // One run carries the line, the one with the most dates (of equal ones, the one with the latest point); its other
        // points and other runs' stand as markers. One point per date is on the line (the first given: the best
        // corroborated); other figures for that date stand apart.
        var onLine = points.Where(p => p.Mark.OnLine).GroupBy(p => p.Mark.Run)
            .Select(run => run.DistinctBy(p => p.X).ToList())
            .OrderByDescending(run => run.Count).ThenByDescending(run => run[^1].X)
            .FirstOrDefault() ?? [];
        if (onLine.Count >= 2)
        {
            var line = plot.Add.ScatterLine(onLine.Select(p => p.X).ToArray(), onLine.Select(p => (double)p.Value).ToArray(), color);
            line.LineWidth = ChartStyle.LineWidth;
        }

        var labelled = Labelled(spec, font, across, [.. points.Select(p => (p.X, p.Mark.High ?? p.Value, p.Mark.Label, p.Mark.Bound == PointBound.Upper))]);
        for (var k = 0; k < points.Count; k++)
        {
            var (x, value, mark) = points[k];
            var pointColor = mark.Flagged ? ChartStyle.Flagged : color;
            var y = (double)value;
            switch (mark.Bound)
            {
                case PointBound.Lower:
                    plot.Add.Marker(x, y, MarkerShape.FilledTriangleUp, ChartStyle.BoundSize, pointColor);
                    break;
                case PointBound.Upper:
                    plot.Add.Marker(x, y, MarkerShape.FilledTriangleDown, ChartStyle.BoundSize, pointColor);
                    break;
                case PointBound.Range when mark.High is { } high:
                    var bar = plot.Add.Line(x, y, x, (double)high);
                    bar.LineWidth = 3;
                    bar.Color = pointColor;
                    y = (double)high;
                    break;
                default:
                    plot.Add.Marker(x, y, MarkerShape.FilledCircle, ChartStyle.PointSize, pointColor);
                    break;
            }

            if (mark.Flagged)
            {
                plot.Add.Marker(x, y, MarkerShape.OpenCircle, ChartStyle.BoundSize + 6, ChartStyle.Flagged);
            }

            if (labelled[k])
            {
                var text = plot.Add.Text(mark.Label, x, y);
                PlotBuilder.Label(text.LabelStyle, font, mark.Label, ChartStyle.ValueLabelSize, pointColor);
                text.OffsetY = mark.Bound == PointBound.Upper ? 16 : -7;
                text.LabelAlignment = Aligned(text.LabelStyle, font, x, across, mark.Bound == PointBound.Upper);
            }
        }
    }
}
