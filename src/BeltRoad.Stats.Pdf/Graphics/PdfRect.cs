namespace BeltRoad.Stats.Pdf;

/// <summary>A rectangle in points, origin at the top-left of the page, y growing downwards.</summary>
public readonly record struct PdfRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public PdfRect Inflate(double by) => new(X - by, Y - by, Width + (2 * by), Height + (2 * by));

    public PdfRect Deflate(double by) => Inflate(-by);
}
