using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>Whose figure, what it measures, whether it happened and how it is aggregated.</summary>
internal sealed record FigureMeaning(string Entity, string Indicator, Nature Nature, Aggregation Aggregation);
