using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>A figure's as_of and the rule that gave it.</summary>
internal sealed record DatedPeriod(Period Period, AsOfBasis Basis);
