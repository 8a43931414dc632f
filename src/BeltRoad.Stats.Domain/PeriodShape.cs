namespace BeltRoad.Stats.Domain;

/// <summary>
/// The shape of the period a figure about a period describes: a calendar year, the months 1–N of a year, a single
/// month, a quarter, a half year, or a span from a stated start (MEANING.md 2.1, Series). Points of one series share
/// it: 2021年1—5月 and 2023年1月 are points of different series, 2016年 … 2023年 annual totals of one. Derived from an
/// as_of in one place (<see cref="TryOf"/>); a period it cannot shape is never given a shape by default.
/// </summary>
public readonly record struct PeriodShape
{
    private PeriodShape(PeriodShapeKind kind, int months, PeriodPoint? start)
    {
        Kind = kind;
        Months = months;
        Start = start;
    }

    public PeriodShapeKind Kind { get; }

    /// <summary>How many months the period covers (12 for a year); 0 for a span, whose length varies.</summary>
    public int Months { get; }

    /// <summary>Where a <see cref="PeriodShapeKind.SpanFrom"/> span starts; null for the other shapes.</summary>
    public PeriodPoint? Start { get; }

    public static PeriodShape CalendarYear { get; } = new(PeriodShapeKind.CalendarYear, 12, null);

    public static PeriodShape Month { get; } = new(PeriodShapeKind.Month, 1, null);

    public static PeriodShape Quarter { get; } = new(PeriodShapeKind.Quarter, 3, null);

    public static PeriodShape HalfYear { get; } = new(PeriodShapeKind.HalfYear, 6, null);

    /// <summary>
    /// The months 1–N of a year, whatever N (年初至今: 1—5月, 一季度, 上半年, 前三季度, "the first five months"): a
    /// year-to-date total, one series across its releases; a quarter or half year that does not start in January is
    /// <see cref="Quarter"/> or <see cref="HalfYear"/>.
    /// </summary>
    public static PeriodShape MonthsToDate { get; } = new(PeriodShapeKind.MonthsToDate, 0, null);

    /// <summary>A span from <paramref name="start"/> to whatever point each figure states (a running total since then).</summary>
    public static PeriodShape SpanFrom(PeriodPoint start) => new(PeriodShapeKind.SpanFrom, 0, start);

    /// <summary>Whether figures of this aggregation describe a period, so their series are shaped: all but levels and attributes.</summary>
    public static bool Applies(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Level or Aggregation.Attribute => false,
        Aggregation.PeriodTotal or Aggregation.PerDay or Aggregation.PerWeek or Aggregation.PerMonth or Aggregation.PerYear
            or Aggregation.Change or Aggregation.Share => true,
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "No shape rule for this aggregation."),
    };

    /// <summary>The shape of <paramref name="period"/>; false for a period no series can be drawn over (a single day).</summary>
    public static bool TryOf(Period period, out PeriodShape shape)
    {
        ArgumentNullException.ThrowIfNull(period);
        shape = default;
        if (period.To is not { } to)
        {
            return Point(period.From, ref shape);
        }

        var from = period.From;
        if (from.Year != to.Year)
        {
            shape = SpanFrom(from);
            return true;
        }

        // Within one year: whole months from the first of a month to the end of a month (days at their month's edges count as months).
        (int First, int Last)? whole = FirstOfMonth(from) is { } first && LastOfMonth(to) is { } last ? (first, last) : null;
        shape = whole switch
        {
            { First: 1, Last: 12 } => CalendarYear,
            { First: var m, Last: var n } when m == n => Month,
            { First: 1 } => MonthsToDate,
            { First: 4, Last: 6 } or { First: 7, Last: 9 } or { First: 10, Last: 12 } => Quarter,
            { First: 7, Last: 12 } => HalfYear,
            _ => SpanFrom(from),
        };
        return true;
    }

    /// <summary>The shape of <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentException">A period no series can be drawn over, named in the message.</exception>
    public static PeriodShape Of(Period period) => TryOf(period, out var shape)
        ? shape
        : throw new ArgumentException($"The period {period} has no series shape: a total, an average or a change dated to a single day is not a point of any series.", nameof(period));

    /// <summary>A stable code for keys and files: year, months-1-N, month, quarter, half-year, from-2013, from-2021-12-03.</summary>
    public string Code => Kind switch
    {
        PeriodShapeKind.CalendarYear => "year",
        PeriodShapeKind.MonthsToDate => "months-1-N",
        PeriodShapeKind.Month => "month",
        PeriodShapeKind.Quarter => "quarter",
        PeriodShapeKind.HalfYear => "half-year",
        PeriodShapeKind.SpanFrom => "from-" + Start!.Value,
        _ => throw new InvalidOperationException($"No code for the shape kind {Kind}."),
    };

    public override string ToString() => Code;

    private static bool Point(PeriodPoint point, ref PeriodShape shape)
    {
        shape = point.Precision switch
        {
            DatePrecision.Year => CalendarYear,
            DatePrecision.Month => Month,
            _ => default,
        };
        return point.Precision != DatePrecision.Day;
    }

    private static int? FirstOfMonth(PeriodPoint point) => point.Precision switch
    {
        DatePrecision.Year => 1,
        DatePrecision.Month => point.Month,
        _ => point.Day == 1 ? point.Month : null,
    };

    private static int? LastOfMonth(PeriodPoint point) => point.Precision switch
    {
        DatePrecision.Year => 12,
        DatePrecision.Month => point.Month,
        _ => point.Day == DateTime.DaysInMonth(point.Year, point.Month) ? point.Month : null,
    };
}
