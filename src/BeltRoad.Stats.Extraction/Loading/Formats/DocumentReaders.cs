namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>The readers a run knows, one per format, chosen by a file's extension.</summary>
internal sealed class DocumentReaders
{
    private readonly Dictionary<string, IDocumentReader> _byExtension;

    public DocumentReaders(IEnumerable<IDocumentReader> readers)
    {
        // ToDictionary throws on an extension claimed twice: two readers for one format is a programming error.
        _byExtension = readers.SelectMany(r => r.Extensions.Select(e => (Extension: e, Reader: r)))
            .ToDictionary(p => p.Extension, p => p.Reader, StringComparer.OrdinalIgnoreCase);
    }

    public static DocumentReaders Default { get; } =
        new([new PlainTextReader(), new PdfReader(), new HtmlReader(), new DocxReader()]);

    /// <summary>Every extension read, sorted, for listing the input folder.</summary>
    public IReadOnlyList<string> Extensions => [.. _byExtension.Keys.Order(StringComparer.Ordinal)];

    public IDocumentReader? For(string name) => _byExtension.GetValueOrDefault(Path.GetExtension(name));
}
