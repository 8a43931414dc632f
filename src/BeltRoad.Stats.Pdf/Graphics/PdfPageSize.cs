namespace BeltRoad.Stats.Pdf;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PdfPageSize(double Width, double Height)
{
    public static PdfPageSize A4 { get; } = FromMillimetres(210, 297);

    public static PdfPageSize A4Landscape { get; } = FromMillimetres(297, 210);

    public static PdfPageSize A5 { get; } = FromMillimetres(148, 210);

    public static PdfPageSize Letter { get; } = new(612, 792);

    public static PdfPageSize FromMillimetres(double width, double height) => new(width * 72 / 25.4, height * 72 / 25.4);
}
