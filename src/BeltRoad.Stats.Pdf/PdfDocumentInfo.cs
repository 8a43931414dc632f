namespace BeltRoad.Stats.Pdf;

/// <summary>
/// Document metadata. The dates are the caller's (the data date), never the clock's, so the same
/// input gives the same bytes.
/// </summary>
public sealed record PdfDocumentInfo(DateTimeOffset CreationDate)
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Creator { get; init; }

    public string Producer { get; init; } = "BeltRoad.Stats.Pdf";

    /// <summary>Defaults to <see cref="CreationDate"/>.</summary>
    public DateTimeOffset? ModDate { get; init; }

    /// <summary>The natural language, a BCP 47 tag written to the catalog's /Lang.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>
    /// PDF/A-2 for the archive: XMP metadata matching this record, an output intent with an embedded sRGB profile, printable
    /// annotations. Conformance A (and PDF/UA-1) when the document is tagged, B otherwise.
    /// </summary>
    public bool Archival { get; init; }

    /// <summary>Throw on a character the font lacks (default) or only collect it in <see cref="PdfDocumentWriter.MissingGlyphs"/>.</summary>
    public MissingGlyphPolicy MissingGlyphs { get; init; } = MissingGlyphPolicy.Throw;
}
