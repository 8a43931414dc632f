namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Page margins in points.</summary>
public readonly record struct PdfMargins(double Top, double Right, double Bottom, double Left)
{
    public static PdfMargins All(double value) => new(value, value, value, value);

    /// <summary>Roughly 2.5 cm top and bottom, 2 cm at the sides: room for header and footer.</summary>
    public static PdfMargins Standard { get; } = new(72, 56, 64, 56);
}
