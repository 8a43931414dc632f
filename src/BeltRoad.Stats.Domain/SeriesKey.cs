namespace BeltRoad.Stats.Domain;

/// <summary>
/// What makes facts one series over time (MEANING.md 2.1, Series): whose figure, what it measures, in what dimension
/// of unit (a currency stays itself; 亿元 never sits beside 亿美元), how it is aggregated, whether it happened, and for
/// a figure about a period (a total, an average, a change, a share) the shape of that period
/// (<see cref="PeriodShape"/>): 2023年1月 and 2023年1—5月 are points of different series.
/// </summary>
public readonly record struct SeriesKey(string Entity, string Indicator, Unit Unit, Aggregation Aggregation, Nature Nature, PeriodShape? Shape)
{
    /// <summary>
    /// The series <paramref name="fact"/> is a point of, or null when it is a point of none: it names no entity or no
    /// indicator, it is a change or a share, or it is about a period that is not stated or has no shape (<see cref="PeriodShape.TryOf"/>).
    /// </summary>
    public static SeriesKey? Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        // A change (同比增长15%, 增长近10倍) or a share (占比) describes a point of its base's series, and its row need not
        // name that base (同比增长率 of trade and of investment are one row, 占比 of any whole): joined across documents
        // it would draw one line through different measures. The report reads a series' changes from its own points.
        if (fact.Entity.Length == 0 || fact.Indicator.Length == 0 || fact.Aggregation is Aggregation.Change or Aggregation.Share)
        {
            return null;
        }

        if (!PeriodShape.Applies(fact.Aggregation))
        {
            return new(fact.Entity, fact.Indicator, fact.Unit, fact.Aggregation, fact.Nature, null);
        }

        return fact.AsOf is { } period && PeriodShape.TryOf(period, out var shape)
            ? new(fact.Entity, fact.Indicator, fact.Unit, fact.Aggregation, fact.Nature, shape)
            : null;
    }

    public override string ToString() =>
        $"{Entity}·{Indicator} ({Unit.Code()}, {Aggregation.Code()}{(Shape is { } s ? ", " + s.Code : "")}, {Nature.Code()})";
}
