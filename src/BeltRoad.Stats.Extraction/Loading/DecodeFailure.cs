namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Why a file's bytes could not be turned into text.</summary>
internal sealed class DecodeFailure(string reason) : Exception(reason);
