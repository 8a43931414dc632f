using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// One catalogued headline: an entity + indicator pair, optionally narrowed to one aggregation or unit
/// (中国 · 进出口总额 as a running level, not the year's total).
/// </summary>
public sealed record HeadlineSeries(string Entity, string Indicator, Aggregation? Aggregation = null, Unit? Unit = null)
{
    /// <summary>Whether <paramref name="fact"/> is a point of this series (any nature; the rule keeps actuals).</summary>
    public bool Matches(Fact fact) => Matches(fact.Entity, fact.Indicator, fact.Aggregation, fact.Unit);

    /// <summary>Whether the series <paramref name="key"/> is this entry's (any nature and shape).</summary>
    public bool Matches(SeriesKey key) => Matches(key.Entity, key.Indicator, key.Aggregation, key.Unit);

    private bool Matches(string entity, string indicator, Aggregation aggregation, Unit unit) =>
        string.Equals(entity, Entity, StringComparison.Ordinal)
        && string.Equals(indicator, Indicator, StringComparison.Ordinal)
        && (Aggregation is null || aggregation == Aggregation)
        && (Unit is null || unit == Unit);

    /// <summary>「中国 · 进出口总额」, as a card and the rule's prose name it.</summary>
    public string Label => Entity + " · " + Indicator;
}
