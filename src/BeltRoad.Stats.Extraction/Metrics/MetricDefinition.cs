using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>One metric of the catalogue: what it is called, which units it takes. The words that choose it are the measures' (<see cref="MetricCatalog"/>).</summary>
public sealed record MetricDefinition(
    MetricCode Code,
    string LabelZh,
    string LabelEn,
    string Group,
    int Priority,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<Unit> DefaultFor)
{
    /// <summary>A decline word before the figure (下降1.9%) makes the value negative: true for growth rates.</summary>
    public bool NegateOnDecline { get; init; }

    /// <summary>A flow (trade, trains, tonnes…): a figure dated to a year or month is that period's total, not a level.</summary>
    public bool IsFlow { get; init; }

    /// <summary>
    /// Counted per period when a date says which (projects approved, signed or launched in 2021, in the first half): a figure
    /// dated to a year, a month or a span is that period's total, as a flow's is; undated, or at a day, it is a standing
    /// portfolio, a level (unlike <see cref="IsFlow"/>, which makes an undated realised figure a total too).
    /// </summary>
    public bool IsDatedFlow { get; init; }

    /// <summary>An aggregation every figure of the metric has (a length or speed is an attribute of its thing).</summary>
    public Aggregation? Aggregation { get; init; }

    /// <summary>
    /// The metric of the figures of this aggregation its unit's words left open (growth_rate: a change; percentage: a
    /// share): see <c>MetricClassifier.Settle</c>. Unlike <see cref="Aggregation"/> it fixes nothing about the figure.
    /// </summary>
    public Aggregation? SettlesAggregation { get; init; }

    /// <summary>
    /// Words of measure (MW, 平方公里, hectares, bcm) whose figures are this metric when no cue chooses another: a quantity
    /// of a physical measure is an amount, not a count, though its unit code (other) is the one counts of events share.
    /// </summary>
    internal IReadOnlyList<string> DefaultForWords { get; init; } = [];
}
