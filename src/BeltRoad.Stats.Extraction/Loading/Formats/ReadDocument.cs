using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A file turned into text: the text every span will index, the encoding it was decoded from, what the file
/// says about itself, its pages when it has any, and anything a reader of the run should know about the file.
/// </summary>
internal sealed record ReadDocument(string Text, string Encoding, DocumentMetadata Metadata)
{
    public PageMap? Pages { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
