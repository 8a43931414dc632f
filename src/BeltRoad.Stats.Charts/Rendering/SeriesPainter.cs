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
    /// <summary>Points closer than this (in points of the chart's width) keep one label: the later one, as the newer figure.</summary>
    private const double LabelRoom = 64;

    public static void Paint(Plot plot, ChartSpec spec, ChartFont font)
    {
        var dates = spec.Dates ?? throw new ArgumentException("A time series needs one date per category.", nameof(spec));
        var values = spec.Series.SelectMany(s => s.Drawn).ToList();
        if (values.Count == 0)
        {
            return;
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            PaintSeries(plot, spec, spec.Series[s], dates, ChartStyle.Of(ChartPalette.Series(s)), font);
        }

        var (positions, labels, top) = PlotBuilder.ValueTicks(values, spec.Format.Style);
        plot.Axes.Left.SetTicks(positions, labels);
        var used = Enumerable.Range(0, dates.Count).Where(i => spec.Series.Any(s => s.Values[i] is not null)).Select(i => dates[i]).ToList();
        var (first, last) = (used.Min(), used.Max());
        var (ticks, tickLabels) = DateTicks.For(first, last);
        plot.Axes.Bottom.SetTicks(ticks, tickLabels);
        var pad = Math.Max(30, (last.DayNumber - first.DayNumber) * 0.07);
        plot.Axes.SetLimits(DateTicks.X(first) - pad, DateTicks.X(last) + pad, positions.Min(), top * 1.12);
    }

    // Which points keep their value label: from the newest back, a point whose label would reach into the last kept one's
    // is left to its tooltip and table row (the chart is a picture of the trend; the figures are in the table under it).
    private static bool[] Labelled(ChartSpec spec, List<double> xs)
    {
        var keep = new bool[xs.Count];
        if (!spec.ShowValueLabels || xs.Count == 0)
        {
            return keep;
        }

        var (first, last) = (xs.Min(), xs.Max());
        var width = spec.Size.Width * 0.8;
        var scale = last > first ? width / (last - first) : 0;
        var previous = double.PositiveInfinity;
        for (var k = xs.Count - 1; k >= 0; k--)
        {
            var at = (xs[k] - first) * scale;
            if (previous - at >= LabelRoom || k == xs.Count - 1)
            {
                keep[k] = true;
                previous = at;
            }
        }

        return keep;
    }

    private static void PaintSeries(Plot plot, ChartSpec spec, ChartSeries series, IReadOnlyList<DateOnly> dates, Color color, ChartFont font)
    {
        var points = Enumerable.Range(0, series.Values.Count)
            .Where(i => series.Values[i] is not null)
            .Select(i => (X: DateTicks.X(dates[i]), Value: series.Values[i]!.Value, Mark: series.MarkAt(i) ?? PointMark.Exact(ReadableNumber.Format(series.Values[i]!.Value, spec.Format))))
            .OrderBy(p => p.X)
            .ToList();
        // One point per date carries the line (the first given: the best corroborated); other figures for that date stand apart.
        var onLine = points.Where(p => p.Mark.OnLine).DistinctBy(p => p.X).ToList();
        if (onLine.Count >= 2)
        {
            var line = plot.Add.ScatterLine(onLine.Select(p => p.X).ToArray(), onLine.Select(p => (double)p.Value).ToArray(), color);
            line.LineWidth = ChartStyle.LineWidth;
        }

        var labelled = Labelled(spec, points.Select(p => p.X).ToList());
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
                text.LabelAlignment = Alignment.LowerCenter;
                text.OffsetY = mark.Bound == PointBound.Upper ? 16 : -7;
                if (mark.Bound == PointBound.Upper)
                {
                    text.LabelAlignment = Alignment.UpperCenter;
                }
            }
        }
    }
}
