using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Whose figure, what it measures, whether it happened and how it is aggregated; and which rule gave each. Measured is
/// what the indicator is of: a rate's or share's base (出口额 for the row 同比增长率), else the indicator itself.
/// </summary>
internal sealed record FigureMeaning(string Entity, string Indicator, string Measured, Nature Nature, Aggregation Aggregation, MeaningRules Rules);

/// <summary>The names of the rules that gave a figure's meaning (for tests and debugging): each a constant, nothing made per figure.</summary>
internal readonly record struct MeaningRules(string Entity, string Indicator, string Nature, string Aggregation)
{
    /// <summary>The as_of rule (AsOfResolver's), set by the extractor, which dates the figure before its meaning is read.</summary>
    public string AsOf { get; init; } = "";
}
