namespace BeltRoad.Stats.Charts;

/// <summary>
/// A named row of values, one per category; null where the series has no value for that category. <see cref="Marks"/>
/// (one per value, when given) says how each is drawn; without them every value is exact and labelled by its number.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values)
{
    public IReadOnlyList<PointMark?>? Marks { get; init; }

    public static ChartSeries Of(string name, params decimal[] values) => new(name, values.Select(v => (decimal?)v).ToList());

    /// <summary>Every value the series draws: its values and the high ends of its ranges (what a value axis must hold).</summary>
    public IEnumerable<decimal> Drawn => Values.OfType<decimal>().Concat(Marks?.OfType<PointMark>().Select(m => m.High).OfType<decimal>() ?? []);

    /// <summary>How value <paramref name="index"/> is drawn.</summary>
    public PointMark? MarkAt(int index) => Marks is { } marks && index < marks.Count ? marks[index] : null;
}
