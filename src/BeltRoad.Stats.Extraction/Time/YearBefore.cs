using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>The same period a year earlier (去年同期 of 2024年1—4月 is 2023年1—4月), or <c>years</c> earlier ("the same period of 2022" after H1 2024).</summary>
internal static class YearBefore
{
    public static Period? Of(Period period, int years = 1)
    {
        if (Shift(period.From, years) is not { } from)
        {
            return null;
        }

        return period.To is { } to ? Shift(to, years) is { } end ? Period.Span(from, end) : null : Period.AsOf(from);
    }

    // 29 February has no day in a year before that is no leap year: it is no period's edge a release states, so it gives none.
    private static PeriodPoint? Shift(PeriodPoint p, int years) =>
        p.Precision != DatePrecision.Day || p.Day <= DateTime.DaysInMonth(p.Year - years, p.Month) ? p with { Year = p.Year - years } : null;
}
