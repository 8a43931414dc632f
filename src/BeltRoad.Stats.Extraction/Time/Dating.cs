namespace BeltRoad.Stats.Extraction.Time;

/// <summary>A figure's as_of (null: undated) and the name of the rule that gave it.</summary>
internal readonly record struct Dating(DatedPeriod? Period, string Rule);
