namespace BeltRoad.Stats.Charts;

/// <summary>A value axis: nice ticks, their labels, and the mapping from value to coordinate (either direction).</summary>
internal sealed record ValueAxis(AxisTicks Ticks, IReadOnlyList<string> Labels, double Start, double End)
{
    /// <summary>Ticks for the data with zero always included: bars must start at zero to be honest, and lines share the convention.</summary>
    public static AxisTicks TicksFor(IEnumerable<decimal> values, int maxTicks)
    {
        var min = 0m;
        var max = 0m;
        var integers = true;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            integers &= value == decimal.Truncate(value);
        }

        return NiceScale.Compute(min, max, maxTicks, integers ? 1m : 0m);
    }

    public static ValueAxis Create(AxisTicks ticks, NumberScaleStyle style, double start, double end) =>
        new(ticks, AxisLabels.Format(ticks.Values, style), start, end);

    public double Map(decimal value)
    {
        var span = Ticks.Max - Ticks.Min;
        var fraction = span == 0m ? 0.0 : (double)((value - Ticks.Min) / span);
        return Start + (fraction * (End - Start));
    }

    public double Zero => Map(0m);
}
