using System.IO.Packaging;
using BeltRoad.Stats.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>Word files: paragraphs, headings and tables in document order; title, author and date from the core properties.</summary>
internal sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public ReadDocument Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body ?? throw new DecodeFailure("not a Word document: the package has no document body");
            var headings = new DocxHeadings(word.MainDocumentPart.StyleDefinitionsPart?.Styles);
            var layout = new TextLayout();
            Write(body, headings, layout);
            return new ReadDocument(layout.ToString(), "utf-8", Metadata(word.PackageProperties));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            throw new DecodeFailure($"not a Word document (.docx): {e.Message}");
        }
    }

    private static void Write(OpenXmlElement container, DocxHeadings headings, TextLayout layout)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p when headings.Level(p) is { } level:
                    layout.Heading(level, DocxText.Of(p));
                    break;
                case Paragraph p:
                    layout.EndLine();
                    layout.Inline(DocxText.Of(p));
                    layout.EndLine();
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        layout.TableRow(row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(DocxText.Of))));
                    }

                    break;
                default:
                    Write(element, headings, layout); // content controls and custom XML wrap paragraphs
                    break;
            }
        }
    }

    private static DocumentMetadata Metadata(PackageProperties properties) => new(
        Title: DocumentMetadata.Clean(properties.Title),
        Author: DocumentMetadata.Clean(properties.Creator),
        Date: properties.Created is { } created ? PeriodPoint.OfDay(created.Year, created.Month, created.Day) : null);
}
