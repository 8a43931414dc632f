namespace BeltRoad.Stats.Charts;

/// <summary>
/// One line per series, broken where a value is missing, with a marker at every point. Values are written above points
/// (every point of a single series, the last point of each of several) unless they would collide with one already written.
/// </summary>
internal static class LineSeriesPainter
{
    private const int MaxLabelledPoints = 12;

    public static void Draw(ChartSpec spec, ValueAxis axis, CategoryAxis categories, ChartRect area, DisplayListBuilder b)
    {
        var order = Enumerable.Range(0, categories.Centers.Count).OrderBy(i => categories.Centers[i]).ThenBy(i => i).ToList();
        var labels = new List<(double X, double Y, decimal Value, LabelSide Side)>();
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var color = ChartPalette.Series(s);
            var points = order
                .Select(i => spec.Series[s].Values[i] is decimal v ? (Point: new ChartPoint(categories.Centers[i], axis.Map(v)), Value: v) : default((ChartPoint Point, decimal Value)?))
                .ToList();

            foreach (var segment in Segments(points.Select(p => p?.Point).ToList()))
            {
                if (segment.Count > 1)
                {
                    b.Polyline(segment, color, ChartTheme.LineWidth);
                }
            }

            var present = points.OfType<(ChartPoint Point, decimal Value)>().ToList();
            var radius = present.Count > 40 ? 0 : ChartTheme.MarkerRadius;
            foreach (var (point, _) in present)
            {
                if (radius > 0 || present.Count == 1)
                {
                    b.Marker(point.X, point.Y, Math.Max(radius, ChartTheme.MarkerRadius), color);
                }
            }

            var labelled = LabelledPoints(present, spec.Series.Count);
            labels.AddRange(labelled.Select(i => (present[i].Point.X, present[i].Point.Y, present[i].Value, SideOf(present, i))));
        }

        if (spec.ShowValueLabels)
        {
            DrawLabels(labels, spec.Format, area, axis.Start - 2, b);
        }
    }

    /// <summary>
    /// Which points get their value written: all of a short single series; of a long one the last, first, highest and lowest;
    /// of several series only each one's last, where the lines end.
    /// </summary>
    private static IEnumerable<int> LabelledPoints(List<(ChartPoint Point, decimal Value)> points, int seriesCount)
    {
        if (points.Count == 0)
        {
            return [];
        }

        if (seriesCount > 1)
        {
            return [points.Count - 1];
        }

        if (points.Count <= MaxLabelledPoints)
        {
            return Enumerable.Range(0, points.Count);
        }

        var highest = Enumerable.Range(0, points.Count).MaxBy(i => points[i].Value);
        var lowest = Enumerable.Range(0, points.Count).MinBy(i => points[i].Value);
        return new[] { 0, highest, lowest, points.Count - 1 }.Distinct().Order();
    }

    private static IEnumerable<List<ChartPoint>> Segments(List<ChartPoint?> points)
    {
        var segment = new List<ChartPoint>();
        foreach (var point in points)
        {
            if (point is { } p)
            {
                segment.Add(p);
            }
            else if (segment.Count > 0)
            {
                yield return segment;
                segment = [];
            }
        }

        if (segment.Count > 0)
        {
            yield return segment;
        }
    }

    /// <summary>
    /// The side of a point its label goes on, away from the line: above a peak, below a valley,
    /// above-left on a rise and above-right on a fall.
    /// </summary>
    private static LabelSide SideOf(List<(ChartPoint Point, decimal Value)> points, int index)
    {
        var y = points[index].Point.Y;
        bool? Higher(int i) => i >= 0 && i < points.Count ? points[i].Point.Y < y - 0.5 : null;
        var (previous, next) = (Higher(index - 1), Higher(index + 1));
        return (previous ?? false, next ?? false) switch
        {
            (false, false) => LabelSide.Above,
            (true, true) => LabelSide.Below,
            (false, true) => previous is null ? LabelSide.Below : LabelSide.AboveLeft,
            (true, false) => next is null ? LabelSide.Below : LabelSide.AboveRight,
        };
    }

    private static void DrawLabels(List<(double X, double Y, decimal Value, LabelSide Side)> labels, ValueFormat format, ChartRect area, double floor, DisplayListBuilder b)
    {
        var style = ChartTheme.ValueLabel;
        var boxes = new List<ChartRect>();
        var gap = ChartTheme.MarkerRadius + 3;
        // The most recent value matters most: place the last labels first.
        foreach (var (x, y, value, preferred) in Enumerable.Reverse(labels).Take(1).Concat(labels.Take(labels.Count - 1)))
        {
            var text = ValueLabels.Text(value, format);
            var width = b.Width(text, style);
            var below = y + gap + style.Size;
            var side = preferred == LabelSide.Below && below > floor ? LabelSide.Above : preferred;
            var baseline = side == LabelSide.Below ? y + gap + style.Ascent : y - gap;
            var left = side switch
            {
                LabelSide.AboveLeft => x - gap - width,
                LabelSide.AboveRight => x + gap,
                _ => x - (width / 2),
            };
            left = Math.Clamp(left, area.Left, Math.Max(area.Left, area.Right - width));
            var box = new ChartRect(left - 2, baseline - style.Ascent, left + width + 2, baseline + 2);
            if (boxes.Any(other => Overlaps(box, other)))
            {
                continue;
            }

            boxes.Add(box);
            b.Text(text, left, baseline, style);
        }
    }

    private static bool Overlaps(ChartRect a, ChartRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
