namespace BeltRoad.Stats.Charts;

/// <summary>A closed filled path through the points (line markers are small polygons, so no backend needs circles).</summary>
public sealed record PolygonPrimitive(IReadOnlyList<ChartPoint> Points, ChartColor Fill) : ChartPrimitive;
