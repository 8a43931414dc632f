using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// PDF through poppler: <c>pdftotext</c> for the text, one form feed after each page (so every offset has a
/// page), and <c>pdfinfo</c> for title, author and creation date. The normaliser joins the broken lines.
/// </summary>
internal sealed class PdfReader(PopplerTools tools) : IDocumentReader
{
    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ReadDocument Read(byte[] bytes)
    {
        var info = PdfInfo.Parse(Checked(tools.Run("pdfinfo", ["-isodates", "-enc", "UTF-8", "-"], bytes)).Output);
        var converted = Checked(tools.Run("pdftotext", ["-enc", "UTF-8", "-eol", "unix", "-", "-"], bytes));
        var text = converted.Output;
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw DecodeFailure.NothingToRead($"no text layer ({info.Pages} pages of images): needs OCR first");
        }

        var metadata = new DocumentMetadata(
            Title: DocumentMetadata.Clean(info.Title),
            Author: DocumentMetadata.Clean(info.Author),
            Date: MetadataDate.Parse(info.CreationDate));
        return new ReadDocument(text, "utf-8", metadata)
        {
            Pages = PageMap.FromFormFeeds(text),
            Warnings = converted.Errors.Contains("Error", StringComparison.Ordinal)
                ? [$"damaged PDF, its text may be incomplete: {converted.FirstError}"]
                : [],
        };
    }

    private static ToolResult Checked(ToolResult result) => result.ExitCode switch
    {
        0 => result,
        _ when result.Errors.Contains("password", StringComparison.OrdinalIgnoreCase) => throw new DecodeFailure("encrypted PDF: opening it needs a password"),
        _ => throw new DecodeFailure($"damaged or not a PDF: {result.FirstError}"),
    };
}
