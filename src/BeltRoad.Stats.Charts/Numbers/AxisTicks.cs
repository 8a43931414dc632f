namespace BeltRoad.Stats.Charts;

/// <summary>Axis range and tick step, all "nice" (1, 2 or 5 times a power of ten).</summary>
internal sealed record AxisTicks(decimal Min, decimal Max, decimal Step)
{
    public IReadOnlyList<decimal> Values
    {
        get
        {
            var values = new List<decimal>();
            for (var v = Min; v <= Max; v += Step)
            {
                values.Add(v);
            }

            return values;
        }
    }
}
