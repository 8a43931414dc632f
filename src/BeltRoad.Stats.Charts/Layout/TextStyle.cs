namespace BeltRoad.Stats.Charts;

internal sealed record TextStyle(double Size, ChartColor Color, bool Bold = false)
{
    /// <summary>Distance between baselines of wrapped lines.</summary>
    public double LineHeight => Size * 1.3;

    /// <summary>From the top of a line box to its baseline: CJK glyphs reach about 0.88 em above it.</summary>
    public double Ascent => Size * 0.9;
}
