namespace BeltRoad.Stats.Charts;

public enum ChartKind
{
    /// <summary>Vertical bars, one per category.</summary>
    Bar,

    /// <summary>Horizontal bars: category labels at the left, room for long Chinese names.</summary>
    HorizontalBar,

    /// <summary>Points of one series over time (<see cref="ChartSpec.Dates"/>), spaced by date; exact points joined by a line.</summary>
    Line,
}
