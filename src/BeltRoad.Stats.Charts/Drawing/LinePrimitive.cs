namespace BeltRoad.Stats.Charts;

/// <summary>A straight stroke with butt caps.</summary>
public sealed record LinePrimitive(ChartPoint From, ChartPoint To, ChartColor Color, double Width) : ChartPrimitive;
