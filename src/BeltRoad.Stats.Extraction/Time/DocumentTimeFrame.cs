using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// A document's own time: its date (dateline, header) for 目前/累计 and 「…以来」 spans, and the period a periodic
/// release reports on (its title: 「2023年1-8月…投资合作情况」), which dates every figure nothing else dates; and whether
/// it counts in budget years (<see cref="FiscalYears.Named"/>), so that a bare split year ("in 2022-23") is one, and the
/// month each of its budget years starts in (<see cref="BudgetYearStarts"/>).
/// </summary>
internal sealed record DocumentTimeFrame(PeriodPoint? Date, Period? ReportingPeriod, bool CountsFiscalYears = false, BudgetYearStarts? BudgetYears = null)
{
    /// <summary>The first month of the budget year whose fiscal word stands at <paramref name="at"/> (time-words.json fiscal_year_start where none is known).</summary>
    public int FiscalStartAt(int at, TimeWords words) => (BudgetYears ?? BudgetYearStarts.None).MonthAt(at, words.FiscalYearStart);

    /// <summary>「2013年以来」: from the stated start to the document's date, when that date is known and later.</summary>
    public Period? Since(PeriodPoint from) =>
        Date is { } date && from.CompareTo(date) < 0 && from.FirstDay < date.FirstDay ? Period.Span(from, date) : null;
}
