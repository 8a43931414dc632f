namespace BeltRoad.Stats.Charts;

/// <summary>One line of text; <see cref="Baseline"/> is on the alphabetic baseline, as both SVG and PDF place text.</summary>
public sealed record TextPrimitive(string Text, ChartPoint Baseline, double Size, TextAnchor Anchor, ChartColor Color, bool Bold) : ChartPrimitive;
