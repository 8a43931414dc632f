using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>What every bar of a comparison chart shares: indicator, unit (a currency stays itself), aggregation, nature, period.</summary>
internal readonly record struct ComparisonKey(string Indicator, Unit Unit, Aggregation Aggregation, Nature Nature, string Period)
{
    /// <summary>The key of <paramref name="fact"/>, or null when it has no indicator or no comparable period.</summary>
    public static ComparisonKey? Of(Fact fact) =>
        fact.Indicator.Length > 0 && ComparablePeriod.Of(fact) is { } period
            ? new ComparisonKey(fact.Indicator, fact.Unit, fact.Aggregation, fact.Nature, period)
            : null;
}
