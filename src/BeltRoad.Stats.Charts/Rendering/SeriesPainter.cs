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
    /// <summary>More points than this: only the last, the highest and the bounds keep their labels.</summary>
    private const int MaxLabelledPoints = 10;

    public static void Paint(Plot plot, ChartSpec spec, ChartFont font)
    {
        var dates = spec.Dates ?? throw new ArgumentException("A time series needs one date per category.", nameof(spec));
        var values = spec.Series.SelectMany(s => s.Values.OfType<decimal>().Concat(s.Marks?.OfType<PointMark>().Select(m => m.High).OfType<decimal>() ?? [])).ToList();
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

        var highest = points.Count == 0 ? 0m : points.Max(p => p.Mark.High ?? p.Value);
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

            var labelled = spec.ShowValueLabels
                && (points.Count <= MaxLabelledPoints || k == points.Count - 1 || !mark.OnLine || (mark.High ?? value) == highest);
            if (labelled)
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
