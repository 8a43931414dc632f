namespace BeltRoad.Stats.Charts;

/// <summary>
/// The value axis every chart uses, the ScottPlot drawings and the page's own alike: nice ticks from zero (bars and lines
/// start at zero to be honest) over the values, labelled in one scale (0 / 5万 / 10万).
/// </summary>
public static class ValueScale
{
    public const int MaxTicks = 6;

    public static (IReadOnlyList<decimal> Positions, IReadOnlyList<string> Labels) Ticks(IEnumerable<decimal> values, NumberScaleStyle style)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (min, max, integers) = (0m, 0m, true);
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            integers &= value == decimal.Truncate(value);
        }

        var positions = NiceScale.Compute(min, max, MaxTicks, integers ? 1m : 0m).Values;
        return (positions, AxisLabels.Format(positions, style));
    }
}
