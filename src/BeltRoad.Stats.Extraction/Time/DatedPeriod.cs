using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>A figure's as_of, the rule that gave it and, for a stated date, how the text stated it (截至 is <see cref="TimeRole.AsOf"/>).</summary>
internal sealed record DatedPeriod(Period Period, AsOfBasis Basis, TimeRole? Role = null);
