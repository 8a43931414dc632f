namespace BeltRoad.Stats.Charts;

/// <summary>
/// A laid-out chart: its size, a title and a text description for accessibility, and the primitives in paint order.
/// Any backend draws it through <see cref="ChartRenderer.Draw"/>.
/// </summary>
public sealed record DisplayList(double Width, double Height, string Title, string Description, IReadOnlyList<ChartPrimitive> Items);
