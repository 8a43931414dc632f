namespace BeltRoad.Stats.Domain;

/// <summary>What the reading side needs to know about a metric: its labels, its group and how much it matters.</summary>
public sealed record MetricInfo(MetricCode Code, string LabelZh, string LabelEn, string Group, int Priority);
