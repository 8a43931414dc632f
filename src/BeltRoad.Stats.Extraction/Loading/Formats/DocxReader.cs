namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Word files: paragraphs, headings and tables in document order; title, author and date from the core properties.
/// Read by <see cref="DocxPackage"/> and streamed XML, within the document's <see cref="ReadLimits"/>: no part is
/// inflated past its limit, no XML is built into a tree, and no more text is kept than a document may have.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
    {
        using var package = DocxPackage.Open(bytes, cancellation);
        DocxStyles styles;
        using (var reader = package.Open(package.StylesPart, limits.MaxUnpackedBytes))
        {
            styles = DocxStyles.Read(package, reader, package.StylesPart);
        }

        var layout = new TextLayout(limits.MaxTextCharacters);
        using (var reader = package.Open(package.MainPart, limits.MaxUnpackedBytes, required: true)!)
        {
            new DocxBody(styles, layout, limits.MaxTextCharacters).Read(package, reader, package.MainPart);
        }

        return new ReadDocument(layout.ToString(), "utf-8", DocxCore.Read(package));
    }
}
