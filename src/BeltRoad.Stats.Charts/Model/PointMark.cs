namespace BeltRoad.Stats.Charts;

/// <summary>
/// How one value of a series is drawn: its bound, its high end for a range, whether documents disagree about it
/// (flagged: drawn in the warning colour), and the label written beside it (the value as its sources state it).
/// </summary>
public sealed record PointMark(PointBound Bound, string Label, decimal? High = null, bool Flagged = false)
{
    public static PointMark Exact(string label) => new(PointBound.Exact, label);

    /// <summary>Whether the series' line runs through the point: exact and approximate values only.</summary>
    public bool OnLine => Bound is PointBound.Exact or PointBound.Approx;
}
