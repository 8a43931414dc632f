namespace BeltRoad.Stats.Domain;

/// <summary>A source document as the run saw it: where it came from and what it is.</summary>
/// <param name="Name">Path relative to the input folder, with '/' separators (the export's <c>doc</c>).</param>
/// <param name="Sha256">Lower-case hex digest of the file's bytes.</param>
/// <param name="Encoding">The encoding the bytes were decoded with (utf-8, utf-16, gb18030, big5).</param>
/// <param name="Date">The document's publication date: its sidecar's, its metadata's, or what its opening lines state.</param>
public sealed record DocumentInfo(
    string Name,
    string Sha256,
    long SizeBytes,
    string Encoding,
    DocumentLanguage Language,
    string Title,
    PeriodPoint? Date,
    int Length)
{
    public const string TextsFolder = "texts";

    /// <summary>What the file was read as: text, pdf, html or docx.</summary>
    public string Format { get; init; } = "text";

    public string? Author { get; init; }

    /// <summary>Who published it (a web page's site name, a sidecar's publisher).</summary>
    public string? Publisher { get; init; }

    /// <summary>Where it was published (a web page's canonical address, a sidecar's url).</summary>
    public string? Url { get; init; }

    /// <summary>Where each page starts in the text; null for formats without pages.</summary>
    public PageMap? Pages { get; init; }

    /// <summary>Where the run publishes the text its spans index, relative to the output folder.</summary>
    public string TextPath => TextPathOf(Name);

    public static string TextPathOf(string name) => TextsFolder + "/" + name + ".txt";

    /// <summary>The page a span starts on, when the document has pages.</summary>
    public int? PageOf(SourceSpan span) => Pages?.PageOf(span.Start);
}
