namespace BeltRoad.Stats.Charts;

/// <summary>
/// Series colours from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
/// and in greyscale print; the pale yellow is left out because it vanishes on white paper.
/// </summary>
public static class ChartPalette
{
    private static readonly ChartColor[] SeriesColors =
    [
        ChartColor.FromHex("#0072B2"), // blue
        ChartColor.FromHex("#E69F00"), // orange
        ChartColor.FromHex("#009E73"), // bluish green
        ChartColor.FromHex("#D55E00"), // vermillion
        ChartColor.FromHex("#CC79A7"), // reddish purple
        ChartColor.FromHex("#56B4E9"), // sky blue
        ChartColor.FromHex("#7F7F7F"), // grey
    ];

    public static int Count => SeriesColors.Length;

    /// <summary>A bar that is a reference, not a value among values (<see cref="ChartSpec.ReferenceCategory"/>): grey.</summary>
    public static ChartColor Reference { get; } = ChartColor.FromHex("#7F7F7F");

    /// <summary>The colour of bar <paramref name="category"/> of series <paramref name="series"/> in <paramref name="spec"/>.</summary>
    public static ChartColor Bar(ChartSpec spec, int series, int category) =>
        spec.ReferenceCategory == category ? Reference : Series(series);

    /// <summary>The colour of the series at <paramref name="index"/>; repeats after <see cref="Count"/>.</summary>
    public static ChartColor Series(int index) => SeriesColors[((index % Count) + Count) % Count];
}
