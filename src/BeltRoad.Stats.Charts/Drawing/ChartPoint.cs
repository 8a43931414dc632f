namespace BeltRoad.Stats.Charts;

/// <summary>A point in chart coordinates: points from the top-left corner, y growing downwards.</summary>
public readonly record struct ChartPoint(double X, double Y);
