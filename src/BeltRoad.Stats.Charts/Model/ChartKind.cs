namespace BeltRoad.Stats.Charts;

public enum ChartKind
{
    /// <summary>Vertical bars, one per category.</summary>
    Bar,

    /// <summary>Horizontal bars: category labels at the left, room for long Chinese names.</summary>
    HorizontalBar,

    /// <summary>A line per series across ordered categories, or across dates when <see cref="ChartSpec.Dates"/> is set.</summary>
    Line,

    /// <summary>Vertical bars, one per series, side by side within each category.</summary>
    GroupedBar,
}
