namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Why a file's bytes could not be turned into text.</summary>
public sealed class DecodeFailure(string reason) : Exception(reason);
