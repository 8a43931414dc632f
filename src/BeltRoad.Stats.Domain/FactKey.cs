namespace BeltRoad.Stats.Domain;

/// <summary>What makes two statements "about the same thing" across documents and across runs.</summary>
public readonly record struct FactKey(MetricCode Metric, string Subject, string? AsOf);
