using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>One entry of the metric catalogue: what a metric is called, which units it takes, and the words that signal it.</summary>
public sealed record MetricDefinition(
    MetricCode Code,
    string LabelZh,
    string LabelEn,
    string Group,
    int Priority,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<string> Cues,
    IReadOnlyList<Unit> DefaultFor)
{
    /// <summary>A decline word before the figure (下降1.9%) makes the value negative: true for growth rates.</summary>
    public bool NegateOnDecline { get; init; }
}
