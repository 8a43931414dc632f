using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// An as_of as its text shows it (the fields its precision writes), as a value: two keys are equal exactly when their
/// as_of strings are, without formatting one per fact.
/// </summary>
internal readonly record struct ShownAsOf(PeriodPoint From, PeriodPoint? To)
{
    public static ShownAsOf Of(Period period) => new(Shown(period.From), period.To is { } to ? Shown(to) : null);

    private static PeriodPoint Shown(PeriodPoint point) => point.Precision switch
    {
        DatePrecision.Year => point with { Month = 0, Day = 0 },
        DatePrecision.Month => point with { Day = 0 },
        _ => point,
    };
}
