namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>Turns one file format into text and metadata; the loader picks the reader by file extension.</summary>
internal interface IDocumentReader
{
    /// <summary>The format's name in the exports: text, pdf, html, docx.</summary>
    string Format { get; }

    /// <summary>Lower-case extensions with the dot (".htm").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Whether reading runs a parser over structure the file controls (zip, XML, HTML, PDF: nesting, compression, page
    /// trees): such a reading runs under <see cref="DocumentGuard"/>. Plain text is decoded by our own linear code.
    /// </summary>
    bool ParsesStructure => true;

    /// <summary>The file's text and metadata, read within <paramref name="limits"/>; <paramref name="cancellation"/> ends when its time is up.</summary>
    /// <exception cref="DecodeFailure">The bytes are not a readable document of this format, or pass a limit.</exception>
    /// <exception cref="OperationCanceledException">The time budget ran out.</exception>
    ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation);
}
