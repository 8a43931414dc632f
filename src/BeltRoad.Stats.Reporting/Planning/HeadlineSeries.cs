using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// One catalogued headline: an entity + indicator pair, optionally narrowed to one aggregation or unit
/// (中国 · 进出口总额 as a running level, not the year's total).
/// </summary>
public sealed record HeadlineSeries(string Entity, string Indicator, Aggregation? Aggregation = null, Unit? Unit = null)
{
    /// <summary>Whether <paramref name="fact"/> is a point of this series (any nature; the rule keeps actuals).</summary>
    public bool Matches(Fact fact) =>
        string.Equals(fact.Entity, Entity, StringComparison.Ordinal)
        && string.Equals(fact.Indicator, Indicator, StringComparison.Ordinal)
        && (Aggregation is null || fact.Aggregation == Aggregation)
        && (Unit is null || fact.Unit == Unit);

    /// <summary>「中国 · 进出口总额」, as a card and the rule's prose name it.</summary>
    public string Label => Entity + " · " + Indicator;
}
