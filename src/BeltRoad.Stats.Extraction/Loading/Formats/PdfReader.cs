using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// PDF through poppler: <c>pdftotext</c> for the text, its pages (each ends with a form feed) taken as they come into
/// <see cref="PagedText"/>, which holds them to the page and document limits; and <c>pdfinfo</c> for title, author
/// and creation date. The normaliser joins the broken lines.
/// </summary>
internal sealed class PdfReader(PopplerTools tools) : IDocumentReader
{
    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
    {
        var info = PdfInfo.Parse(Checked(tools.Run("pdfinfo", ["-isodates", "-enc", "UTF-8", "-"], bytes, cancellation)).Output);
        var pages = new PagedText(limits, cancellation);
        var page = new StringBuilder();
        var converted = Checked(tools.Run("pdftotext", ["-enc", "UTF-8", "-eol", "unix", "-", "-"], bytes, cancellation, chunk =>
        {
            for (int feed; (feed = chunk.IndexOf('\f')) >= 0; chunk = chunk[(feed + 1)..])
            {
                Keep(page, chunk[..feed]);
                pages.Add(page.ToString());
                page.Clear();
            }

            Keep(page, chunk);
        }));
        if (page.Length > 0)
        {
            pages.Add(page.ToString());
        }

        var text = pages.ToString();
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
            Warnings = [.. converted.Errors.Contains("Error", StringComparison.Ordinal) ? [$"damaged PDF, its text may be incomplete: {converted.FirstError}"] : Array.Empty<string>(), .. pages.Warnings],
        };
    }

    // A page's text up to one character past the page limit: PagedText cuts it and says so; more is never held.
    private static void Keep(StringBuilder page, ReadOnlySpan<char> text) =>
        page.Append(text[..Math.Min(text.Length, Math.Max(0, ReadLimits.MaxPageCharacters + 1 - page.Length))]);

    private static ToolResult Checked(ToolResult result) => result.ExitCode switch
    {
        0 => result,
        _ when result.Errors.Contains("password", StringComparison.OrdinalIgnoreCase) => throw new DecodeFailure("encrypted PDF: opening it needs a password"),
        _ => throw new DecodeFailure($"damaged or not a PDF: {result.FirstError}"),
    };
}
