using BeltRoad.Stats.Domain;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// PDF in-process through PdfPig: each page's letters in the order the file draws them (a line break where the
/// baseline moves down a line, a space where the gap between letters is a space's width), one form feed after each
/// page so every offset has a page, radicals a font shares with ideographs read as the ideographs and ligatures as letters, and the document information dictionary for title, author and creation date.
/// The normaliser joins the broken lines. A page that cannot be read is left empty and named in a warning. The pages
/// go into <see cref="PagedText"/> as they are read, which holds them to the page and document limits and stops the
/// reading when its time is up; a page is weighed first (<see cref="PdfPageBudget"/>), as PdfPig cannot be stopped
/// inside one, and left out when it would draw more than any page a person reads.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    private static readonly ContentOrderTextExtractor.Options Layout = new() { ReplaceWhitespaceWithSpace = true };

    public string Format => "pdf";

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
    {
        using var document = Open(bytes);
        if (document.NumberOfPages == 0)
        {
            throw new DecodeFailure("damaged PDF: it has no pages");
        }

        var budget = new PdfPageBudget(document);
        var pages = new PagedText(limits, cancellation);
        var unreadable = new List<string>();
        var leftOut = new List<string>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var text = "";
            try
            {
                if (budget.Over(number) is { } reason)
                {
                    leftOut.Add($"page {number}: {reason}");
                }
                else
                {
                    text = PageText(document.GetPage(number));
                }
            }
            catch (Exception e) when (IsDamage(e))
            {
                unreadable.Add($"page {number}: {e.Message}");
            }

            pages.Add(text);
        }

        var read = pages.ToString();
        if (unreadable.Count == document.NumberOfPages)
        {
            throw new DecodeFailure($"damaged PDF: {unreadable[0]}");
        }

        if (!read.Any(char.IsLetterOrDigit) && leftOut.Count > 0)
        {
            throw new DecodeFailure($"{leftOut.Count} page(s) left out unread, as no page a person reads would be ({leftOut[0]}), and no other page has text");
        }

        if (!read.Any(char.IsLetterOrDigit))
        {
            throw DecodeFailure.NothingToRead($"no text layer ({document.NumberOfPages} pages of images): needs OCR first");
        }

        var info = document.Information;
        return new ReadDocument(read, "utf-8", new DocumentMetadata(
            Title: DocumentMetadata.Clean(info.Title),
            Author: DocumentMetadata.Clean(info.Author),
            Date: MetadataDate.Parse(info.CreationDate?.StartsWith("D:", StringComparison.Ordinal) == true ? info.CreationDate[2..] : info.CreationDate)))
        {
            Pages = PageMap.FromFormFeeds(read),
            Warnings =
            [
                .. unreadable.Count > 0 ? [$"damaged PDF, its text may be incomplete: {unreadable[0]}"] : Array.Empty<string>(),
                .. leftOut.Count > 0 ? [$"{leftOut.Count} page(s) left out unread, as no page a person reads would be ({leftOut[0]})"] : Array.Empty<string>(),
                .. pages.Warnings,
            ],
        };
    }

    /// <summary>
    /// The page's letters in drawing order, radicals and ligatures read as what they stand for, without the form feeds
    /// and carriage returns a page break could be taken for.
    /// </summary>
    private static string PageText(Page page) => TextLayerForms.Fold(
        ContentOrderTextExtractor.GetText(page, Layout).Replace("\r", "", StringComparison.Ordinal).Replace('\f', ' '));

    /// <exception cref="DecodeFailure">The file is encrypted, damaged or not a PDF.</exception>
    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DecodeFailure("encrypted PDF: opening it needs a password");
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new DecodeFailure(bytes.AsSpan().IndexOf("%PDF-"u8) is >= 0 and < 1024
                ? $"damaged PDF: {e.Message}"
                : $"not a PDF (no %PDF- header): {e.Message}");
        }
    }

    /// <summary>A malformed file makes PdfPig throw exceptions of many types; running out of memory or time is not the file's fault.</summary>
    private static bool IsDamage(Exception e) => e is not (OutOfMemoryException or OperationCanceledException or InsufficientExecutionStackException);
}
