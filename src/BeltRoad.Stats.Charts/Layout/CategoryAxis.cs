namespace BeltRoad.Stats.Charts;

/// <summary>Where each category sits along the horizontal axis, and its wrapped label lines (empty when thinned out).</summary>
internal sealed record CategoryAxis(IReadOnlyList<double> Centers, double Band, IReadOnlyList<IReadOnlyList<string>> Labels)
{
    private const int MaxLabelLines = 3;
    private const double MinLabelGap = 6;
    private const int MaxGreedyLabels = 12;

    public int LabelLineCount => Labels.Count == 0 ? 1 : Math.Max(1, Labels.Max(lines => lines.Count));

    /// <summary>Evenly spaced bands: bar charts and undated line charts. Labels wrap within their band.</summary>
    public static CategoryAxis Banded(IReadOnlyList<string> categories, double left, double right, DisplayListBuilder b)
    {
        var band = (right - left) / Math.Max(1, categories.Count);
        var centers = categories.Select((_, i) => left + (band * (i + 0.5))).ToList();
        var labels = categories.Select(c => b.WrapBalanced(c, band - 4, ChartTheme.CategoryLabel, MaxLabelLines)).ToList();
        return new CategoryAxis(centers, band, labels);
    }

    /// <summary>Room for a full date with its source and qualifier (「2023年10月18日 文1 &gt;」) under a point.</summary>
    private const double MaxDatedLabelWidth = 130;

    /// <summary>Points spaced by time. Labels stay on one line; those that would overlap a neighbour are left out, the last one kept.</summary>
    public static CategoryAxis Dated(IReadOnlyList<string> categories, IReadOnlyList<DateOnly> dates, double left, double right, DisplayListBuilder b)
    {
        var style = ChartTheme.CategoryLabel;
        var labels = categories.Select(c => b.Ellipsize(c.Trim(), MaxDatedLabelWidth, style)).ToList();
        var widths = labels.Select(l => b.Width(l, style)).ToList();
        var n = categories.Count;
        var band = (right - left) / Math.Max(1, n);
        var insetLeft = n == 0 ? 0 : Math.Max(Math.Min(band / 2, 30), (widths[0] / 2) + 2);
        var insetRight = n == 0 ? 0 : Math.Max(Math.Min(band / 2, 30), (widths[^1] / 2) + 2);
        var first = dates.Count == 0 ? 0 : dates.Min(d => d.DayNumber);
        var span = dates.Count == 0 ? 0 : dates.Max(d => d.DayNumber) - first;
        var usable = right - left - insetLeft - insetRight;
        var centers = dates
            .Select(d => span == 0 ? (left + right) / 2 : left + insetLeft + (usable * (d.DayNumber - first) / span))
            .ToList();
        return new CategoryAxis(centers, band, Thin(labels, widths, centers));
    }

    /// <summary>
    /// A few irregular dates keep as many labels as fit (the last first, then left to right); a long regular series shows
    /// every k-th label counted back from the last, with the smallest k at which no two touch, so the rhythm stays even.
    /// </summary>
    private static List<IReadOnlyList<string>> Thin(List<string> labels, List<double> widths, List<double> centers)
    {
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => centers[i]).ThenBy(i => i).ToList();
        if (order.Count <= MaxGreedyLabels)
        {
            return Greedy(labels, widths, centers, order);
        }

        for (var stride = 1; stride <= Math.Max(1, order.Count); stride++)
        {
            var shown = order.Where((_, position) => (order.Count - 1 - position) % stride == 0).ToList();
            var clear = shown.Zip(shown.Skip(1)).All(pair =>
                centers[pair.First] + (widths[pair.First] / 2) + MinLabelGap <= centers[pair.Second] - (widths[pair.Second] / 2));
            if (clear)
            {
                var set = shown.ToHashSet();
                return labels.Select((label, i) => set.Contains(i) ? (IReadOnlyList<string>)[label] : []).ToList();
            }
        }

        return labels.Select(_ => (IReadOnlyList<string>)[]).ToList();
    }

    private static List<IReadOnlyList<string>> Greedy(List<string> labels, List<double> widths, List<double> centers, List<int> order)
    {
        var shown = new bool[labels.Count];
        var boxes = new List<(double Left, double Right)>();
        foreach (var i in order.Count == 0 ? order : [order[^1], .. order.Take(order.Count - 1)])
        {
            var box = (Left: centers[i] - (widths[i] / 2), Right: centers[i] + (widths[i] / 2));
            if (boxes.All(other => box.Right + MinLabelGap <= other.Left || box.Left >= other.Right + MinLabelGap))
            {
                boxes.Add(box);
                shown[i] = true;
            }
        }

        return labels.Select((label, i) => shown[i] ? (IReadOnlyList<string>)[label] : []).ToList();
    }
}
