namespace BeltRoad.Stats.Storage;

/// <summary>Another document's differing value for the same metric, subject and date.</summary>
internal readonly record struct ConflictingValue(string Doc, decimal Value);
