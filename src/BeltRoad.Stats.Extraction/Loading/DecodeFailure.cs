using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Why a file's bytes could not be turned into text; a warning when the file is merely empty of text.</summary>
internal sealed class DecodeFailure(string reason, Severity severity = Severity.Failure) : Exception(reason)
{
    public Severity Severity { get; } = severity;

    /// <summary>Nothing wrong with the file, but nothing to read in it either (a scanned PDF).</summary>
    public static DecodeFailure NothingToRead(string reason) => new(reason, Severity.Warning);
}
