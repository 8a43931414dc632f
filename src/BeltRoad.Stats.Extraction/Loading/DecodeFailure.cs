using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>Why a file's bytes could not be turned into text; a warning when the file is merely empty of text.</summary>
internal sealed class DecodeFailure(string reason, Severity severity = Severity.Failure) : Exception(reason)
{
    public Severity Severity { get; } = severity;

    /// <summary>Nothing wrong with the file, but nothing to read in it either (a scanned PDF).</summary>
    public static DecodeFailure NothingToRead(string reason) => new(reason, Severity.Warning);

    /// <summary>The text read out of the file passed <see cref="ReadLimits.MaxTextCharacters"/>: a bomb, or no document a person reads.</summary>
    public static DecodeFailure TooMuchText(int limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"its text runs past {limit:N0} characters, the limit for one document (a tenth of Inputs.MaxDocumentMegabytes); not read"));

    /// <summary>Elements nested deeper than <see cref="ReadLimits.MaxNesting"/>: no real document does, and walking them could exhaust the stack.</summary>
    public static DecodeFailure TooDeep(string where) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{where} nests elements more than {ReadLimits.MaxNesting} deep; not read"));
}
