using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>The same period a year earlier: 去年同期 of 2024年1—4月 is 2023年1—4月.</summary>
internal static class YearBefore
{
    public static Period? Of(Period period)
    {
        if (Shift(period.From) is not { } from)
        {
            return null;
        }

        return period.To is { } to ? Shift(to) is { } end ? Period.Span(from, end) : null : Period.AsOf(from);
    }

    // 29 February has no day a year before: it is no period's edge a release states, so it gives none.
    private static PeriodPoint? Shift(PeriodPoint p) =>
        p.Precision != DatePrecision.Day || p.Day <= DateTime.DaysInMonth(p.Year - 1, p.Month) ? p with { Year = p.Year - 1 } : null;
}
