namespace BeltRoad.Stats.Charts;

/// <summary>Chart size in points (1/72 inch); SVG uses the same numbers as user units, PNG twice as many pixels.</summary>
public readonly record struct ChartSize(double Width, double Height)
{
    /// <summary>Fits the text column of an A4 page with 56 pt margins.</summary>
    public static ChartSize Default { get; } = new(480, 300);

    /// <summary>A small chart: one of the digest's overview of headline series, two beside each other.</summary>
    public static ChartSize Small { get; } = new(240, 170);

    /// <summary>Tall enough for each bar to have a readable band, however many categories there are.</summary>
    public static ChartSize ForHorizontalBars(int categories, double width = 480) => new(width, Math.Max(200, 110 + (categories * 26)));
}
