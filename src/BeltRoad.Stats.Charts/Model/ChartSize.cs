namespace BeltRoad.Stats.Charts;

/// <summary>Chart size in points (1/72 inch); SVG uses the same numbers as user units.</summary>
public readonly record struct ChartSize(double Width, double Height)
{
    /// <summary>Fits the text column of an A4 page with 56 pt margins.</summary>
    public static ChartSize Default { get; } = new(480, 300);

    /// <summary>Tall enough for each bar to have a readable band, however many categories there are.</summary>
    public static ChartSize ForHorizontalBars(int categories, int series = 1, double width = 480) =>
        ForHorizontalBars(categories, series, width, twoLineLabels: false);

    /// <summary>As above, with rows tall enough for labels that need two lines.</summary>
    internal static ChartSize ForHorizontalBars(IReadOnlyList<string> labels, int series, double width)
    {
        var column = width * 0.36;
        var twoLines = labels.Any(label => ApproximateTextMeasurer.Instance.Measure(label, ChartTheme.CategoryLabel.Size) > column);
        return ForHorizontalBars(labels.Count, series, width, twoLines);
    }

    private static ChartSize ForHorizontalBars(int categories, int series, double width, bool twoLineLabels)
    {
        var row = Math.Max(twoLineLabels ? 30 : 22, 12 + (10 * series));
        return new(width, Math.Max(200, 120 + (categories * row)));
    }
}
