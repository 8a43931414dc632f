using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BeltRoad.Stats.Testing;

/// <summary>Word files built for tests with the Open XML SDK: headings (by style), paragraphs and tables in order.</summary>
internal static class TestDocx
{
    /// <summary>A block of the body: a heading (level &gt; 0), a paragraph, or a table (rows of cells).</summary>
    public sealed record Block(string Text, int HeadingLevel = 0, string[][]? Rows = null);

    public static byte[] Write(IEnumerable<Block> blocks, string? title = null, string? author = null, DateTime? created = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                Enumerable.Range(1, 3).Select(level => new Style(new StyleName { Val = $"heading {level}" }) { StyleId = $"Heading{level}", Type = StyleValues.Paragraph }));
            main.Document = new Document(new Body(blocks.Select(Element)));
            word.PackageProperties.Title = title;
            word.PackageProperties.Creator = author;
            word.PackageProperties.Created = created;
        }

        return stream.ToArray();
    }

    private static OpenXmlElement Element(Block block) => block switch
    {
        { Rows: { } rows } => new Table(rows.Select(row => new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))))),
        { HeadingLevel: > 0 } => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{block.HeadingLevel}" }), Run(block.Text)),
        _ => Paragraph(block.Text),
    };

    private static Paragraph Paragraph(string text) => new(Run(text));

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
