namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>How a block of text is set: its text style, line height (a multiple of the size), spacing and alignment.</summary>
public sealed record ParagraphStyle(PdfTextStyle Text)
{
    public double LineHeight { get; init; } = 1.5;

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public double FirstLineIndent { get; init; }

    public PdfTextAlign Align { get; init; } = PdfTextAlign.Left;

    /// <summary>Headings keep this much room below them on their page, so they are never left alone at the foot.</summary>
    public double KeepWithNext { get; init; }
}
