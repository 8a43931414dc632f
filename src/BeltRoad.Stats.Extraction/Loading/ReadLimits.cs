namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The bounds a document's reading is held to, so a small hostile file (a zip bomb, elements nested fifty thousand
/// deep, a PDF whose pages all draw one huge content stream, a title of a hundred megabytes) costs a named failure or
/// warning, never the run: each is checked before or while the reader builds anything, not after. All in one place;
/// the defaults follow <see cref="InputOptions.MaxDocumentBytes"/> where a size is at stake (docs/hostile-input.md).
/// </summary>
/// <param name="MaxUnpackedBytes">One part of a packaged document, unpacked: from its zip entry's stated size and again while inflating.</param>
/// <param name="MaxTextCharacters">The text read from a Word file, a web page or a PDF: a tenth of the document size limit in characters (20 M by default, some 10,000 dense pages).</param>
/// <param name="TimeBudget">Reading one document; past it the document is abandoned as a failure.</param>
public sealed record ReadLimits(long MaxUnpackedBytes, int MaxTextCharacters, TimeSpan TimeBudget)
{
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(30);

    /// <summary>Elements nested in a document's XML or a page's HTML: real documents stay under 50.</summary>
    public const int MaxNesting = 512;

    /// <summary>Elements of one web page (a table of 20,000 rows has some 200,000): each costs the parser about half a kilobyte.</summary>
    public const int MaxHtmlElements = 500_000;

    /// <summary>One PDF page's text: a dense page holds 3,000–6,000 characters; the rest of a longer page is cut, with a warning.</summary>
    public const int MaxPageCharacters = 100_000;

    /// <summary>A packaged document's small parts (relationships, core properties), unpacked.</summary>
    public const long MaxSmallPartBytes = 1024 * 1024;

    /// <summary>A metadata sidecar: a few fields of a line each.</summary>
    public const long MaxSidecarBytes = 64 * 1024;

    public static ReadLimits For(InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(
            options.MaxUnpackedBytes ?? options.MaxDocumentBytes,
            (int)Math.Min(int.MaxValue / 2, options.MaxDocumentBytes / 10),
            options.TimeBudget);
    }
}
