namespace BeltRoad.Stats.Recognizers;

/// <summary>How a date or period relates to the figures around it.</summary>
public enum TimeRole
{
    /// <summary>A point or a calendar period: 2022年, 2023年4月.</summary>
    Point,

    /// <summary>截至, as of, by the end of.</summary>
    AsOf,

    /// <summary>2013—2022年, from 2013 to 2022, (2024—2028年).</summary>
    Span,

    /// <summary>到2030年, by 2030.</summary>
    Target,

    /// <summary>2013年以来, 10年来: open and relative.</summary>
    Since,

    /// <summary>10周年, 连续7年, 两千多年前.</summary>
    Duration,
}
