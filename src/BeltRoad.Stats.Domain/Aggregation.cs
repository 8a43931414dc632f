namespace BeltRoad.Stats.Domain;

/// <summary>How a figure is aggregated (MEANING.md): a per-day rate, an annual total and a cumulative level never compare.</summary>
public enum Aggregation
{
    /// <summary>The state at a point in time, cumulative totals and counts of members included.</summary>
    Level,

    /// <summary>A total over the period in as_of (2022年开行1.6万列; 2013年以来累计…).</summary>
    PeriodTotal,

    PerDay,

    PerWeek,

    PerMonth,

    PerYear,

    /// <summary>A growth rate, multiple or percentage-point change comparing two times.</summary>
    Change,

    /// <summary>A part of a whole at the same time (占比45.4%).</summary>
    Share,

    /// <summary>A fixed property of a thing (全长1035公里, 设计时速350公里).</summary>
    Attribute,
}
