namespace BeltRoad.Stats.Charts;

/// <summary>A named row of values, one per category; null where the series has no value for that category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values)
{
    public static ChartSeries Of(string name, params decimal[] values) => new(name, values.Select(v => (decimal?)v).ToList());
}
