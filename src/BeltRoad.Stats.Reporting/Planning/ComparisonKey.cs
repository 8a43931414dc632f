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

    /// <summary>
    /// The key of <paramref name="fact"/> beside others of one passage: figures stated together share its time even when
    /// it states none (「46家，其中共建国家32家」), so an undated figure gets <see cref="ComparablePeriod.Unstated"/>.
    /// </summary>
    public static ComparisonKey? InPassage(Fact fact) =>
        Of(fact) ?? (fact.Indicator.Length > 0 && fact.AsOf is null
            ? new ComparisonKey(fact.Indicator, fact.Unit, fact.Aggregation, fact.Nature, ComparablePeriod.Unstated)
            : null);
}
