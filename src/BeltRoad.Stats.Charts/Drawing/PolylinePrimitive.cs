namespace BeltRoad.Stats.Charts;

/// <summary>An open stroked path through the points, with round joins and caps.</summary>
public sealed record PolylinePrimitive(IReadOnlyList<ChartPoint> Points, ChartColor Color, double Width) : ChartPrimitive;
