namespace BeltRoad.Stats.Domain;

/// <summary>The kinds of period a total, an average, a change or a share can describe (MEANING.md 2.1, Series).</summary>
public enum PeriodShapeKind
{
    /// <summary>A calendar year (2023年, 2023年1—12月, 全年).</summary>
    CalendarYear,

    /// <summary>The months 1–N of one year, N from 2 to 11 but 3 and 6 (1—5月, "the first five months").</summary>
    MonthsToDate,

    /// <summary>A single month (2023年1月, 4月份).</summary>
    Month,

    /// <summary>A calendar quarter (一季度 and 1—3月 alike, 二季度 …).</summary>
    Quarter,

    /// <summary>A half year (上半年 and 1—6月 alike, 下半年).</summary>
    HalfYear,

    /// <summary>A span from a stated start to the point stated (2013年以来, 自2021年12月3日开通以来, 2013—2022年).</summary>
    SpanFrom,
}
