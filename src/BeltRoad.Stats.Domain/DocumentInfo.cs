namespace BeltRoad.Stats.Domain;

/// <summary>A source document as the run saw it: where it came from and what it is.</summary>
/// <param name="Name">Path relative to the input folder, with '/' separators (the export's <c>doc</c>).</param>
/// <param name="Sha256">Lower-case hex digest of the file's bytes.</param>
/// <param name="Encoding">The encoding the bytes were decoded with (utf-8, utf-16, gb18030, big5).</param>
/// <param name="Date">The document's own date, when its opening lines state one.</param>
public sealed record DocumentInfo(
    string Name,
    string Sha256,
    long SizeBytes,
    string Encoding,
    DocumentLanguage Language,
    string Title,
    PeriodPoint? Date,
    int Length);
