namespace BeltRoad.Stats.Domain;

/// <summary>A family of metrics shown together in the digest (trade; investment and finance; transport; …).</summary>
public sealed record MetricGroupInfo(string Code, string LabelZh, string LabelEn);
