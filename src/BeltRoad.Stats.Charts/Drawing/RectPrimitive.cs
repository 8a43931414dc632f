namespace BeltRoad.Stats.Charts;

/// <summary>An axis-aligned rectangle: (X, Y) is its top-left corner. Filled, stroked, or both.</summary>
public sealed record RectPrimitive(double X, double Y, double Width, double Height, ChartColor? Fill, ChartColor? Stroke = null, double StrokeWidth = 0)
    : ChartPrimitive;
