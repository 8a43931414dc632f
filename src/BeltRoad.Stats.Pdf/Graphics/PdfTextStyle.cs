namespace BeltRoad.Stats.Pdf;

/// <summary>How a run of text looks. Bold is simulated (fill and a thin stroke) since the font has one weight.</summary>
public sealed record PdfTextStyle(PdfFont Font, double Size, PdfColor Color, bool Bold = false, bool Underline = false)
{
    public static PdfTextStyle Of(PdfFont font, double size) => new(font, size, PdfColor.Black);

    public PdfTextStyle WithSize(double size) => this with { Size = size };

    public PdfTextStyle WithColor(PdfColor color) => this with { Color = color };

    public PdfTextStyle AsBold() => this with { Bold = true };

    public PdfTextStyle AsUnderlined() => this with { Underline = true };
}
