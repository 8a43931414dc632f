namespace BeltRoad.Stats.Domain;

/// <summary>
/// What makes facts one series over time: whose figure, what it measures, in what dimension of unit (a currency
/// stays itself; 亿元 never sits beside 亿美元), how it is aggregated, and whether it happened.
/// </summary>
public readonly record struct SeriesKey(string Entity, string Indicator, Unit Unit, Aggregation Aggregation, Nature Nature)
{
    public override string ToString() => $"{Entity}·{Indicator} ({Unit.Code()}, {Aggregation.Code()}, {Nature.Code()})";
}
