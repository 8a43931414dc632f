namespace BeltRoad.Stats.Charts;

/// <summary>
/// How one value of a series is drawn: its bound, its high end for a range, whether documents disagree about it
/// (flagged: drawn in the warning colour), the label written beside it (the value as its sources state it), and its
/// run: points of different runs are never joined (a January–March total and a January–June one); the line goes
/// through the run with the most dates, the others stand as markers. Null is the series' one run.
/// </summary>
public sealed record PointMark(PointBound Bound, string Label, decimal? High = null, bool Flagged = false, string? Run = null)
{
    public static PointMark Exact(string label) => new(PointBound.Exact, label);

    /// <summary>Whether the series' line runs through the point: exact and approximate values only.</summary>
    public bool OnLine => Bound is PointBound.Exact or PointBound.Approx;
}
