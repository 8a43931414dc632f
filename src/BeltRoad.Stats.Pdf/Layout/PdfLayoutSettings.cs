namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Page geometry, metadata, styles and page decoration for a <see cref="LayoutDocument"/>.</summary>
public sealed record PdfLayoutSettings(PdfDocumentInfo Info, PdfStyleSheet Styles)
{
    public PdfPageSize PageSize { get; init; } = PdfPageSize.A4;

    public PdfMargins Margins { get; init; } = PdfMargins.Standard;

    /// <summary>Text at the top of every page, above a thin rule; none when null.</summary>
    public string? HeaderText { get; init; }

    /// <summary>Footer text; {0} is the page number, {1} the page count.</summary>
    public string? FooterFormat { get; init; } = "第 {0} 页 / 共 {1} 页";

    /// <summary>Extra drawing on every page (a logo, a watermark), after header and footer.</summary>
    public Action<PdfCanvas, PageContext>? DecoratePage { get; init; }

    public PdfRect ContentArea => new(Margins.Left, Margins.Top, PageSize.Width - Margins.Left - Margins.Right, PageSize.Height - Margins.Top - Margins.Bottom);
}
