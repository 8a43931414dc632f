namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>Turns one file format into text and metadata; the loader picks the reader by file extension.</summary>
internal interface IDocumentReader
{
    /// <summary>The format's name in the exports: text, pdf, html, docx.</summary>
    string Format { get; }

    /// <summary>Lower-case extensions with the dot (".htm").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <exception cref="DecodeFailure">The bytes are not a readable document of this format.</exception>
    ReadDocument Read(byte[] bytes);
}
