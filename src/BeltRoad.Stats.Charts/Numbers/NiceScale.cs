namespace BeltRoad.Stats.Charts;

/// <summary>Chooses axis ticks on a 1-2-5 ladder: the smallest step that covers the data in at most the given number of ticks.</summary>
internal static class NiceScale
{
    private static readonly decimal[] Ladder = [1m, 2m, 5m];

    /// <param name="minStep">Smallest allowed step: 1 for counts, so an axis of trains never reads 0.5.</param>
    public static AxisTicks Compute(decimal dataMin, decimal dataMax, int maxTicks, decimal minStep = 0m)
    {
        maxTicks = Math.Max(maxTicks, 2);
        var (min, max) = dataMin <= dataMax ? (dataMin, dataMax) : (dataMax, dataMin);
        if (min == max)
        {
            // One value, or all zero: still draw an axis from zero to something.
            (min, max) = min switch
            {
                0m => (0m, 1m),
                > 0m => (0m, max),
                _ => (min, 0m),
            };
        }

        // Ticks are multiples of the step, so an axis across zero has at least -step, 0 and +step.
        if (min < 0m && max > 0m)
        {
            maxTicks = Math.Max(maxTicks, 3);
        }

        var step = FirstNiceStepAtLeast(Math.Max((max - min) / (maxTicks - 1), minStep));
        while (true)
        {
            var low = Math.Floor(min / step) * step;
            var high = Math.Ceiling(max / step) * step;
            if ((high - low) / step + 1 <= maxTicks)
            {
                return new AxisTicks(low, high, step);
            }

            step = NextNiceStep(step);
        }
    }

    private static decimal FirstNiceStepAtLeast(decimal rough)
    {
        var power = 1m;
        while (power * 10m <= rough)
        {
            power *= 10m;
        }

        while (power > rough && power > 0.000_000_000_1m)
        {
            power /= 10m;
        }

        foreach (var factor in Ladder)
        {
            if (factor * power >= rough)
            {
                return factor * power;
            }
        }

        return 10m * power;
    }

    private static decimal NextNiceStep(decimal step) => FirstNiceStepAtLeast(step * 1.000001m);
}
