namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>A family of metrics that the digest shows together (trade; investment and finance; …).</summary>
public sealed record MetricGroup(string Code, string LabelZh, string LabelEn);
