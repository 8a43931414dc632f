namespace BeltRoad.Stats.Charts;

/// <summary>
/// Tick labels share one scale, chosen by the largest tick, so the axis reads 0 / 5万亿 / 10万亿 / 15万亿
/// rather than mixing 5000亿 and 1万亿. Ticks are nice numbers, so they are written exactly.
/// </summary>
internal static class AxisLabels
{
    public static IReadOnlyList<string> Format(IReadOnlyList<decimal> ticks, NumberScaleStyle style)
    {
        var table = ScaleTable.For(style);
        var largest = ticks.Count == 0 ? 0m : ticks.Max(Math.Abs);
        var scale = table.ScaleFor(largest);
        var group = scale == ScaleTable.Unscaled ? table.GroupSeparator : null;
        return ticks
            .Select(tick => tick == 0m
                ? "0" + table.Suffix
                : (tick < 0m ? "-" : "") + ReadableNumber.Digits(Math.Abs(tick) / scale.Factor, group) + scale.Word + table.Suffix)
            .ToList();
    }
}
