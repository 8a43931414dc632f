namespace BeltRoad.Stats.Charts;

/// <summary>One drawing instruction of a laid-out chart, in absolute coordinates (points, y down).</summary>
public abstract record ChartPrimitive;
