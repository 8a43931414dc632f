using BeltRoad.Stats.Pdf.Writing;

namespace BeltRoad.Stats.Pdf;

/// <summary>
/// Draws on one page. Coordinates are points with the origin at the page's top-left and y growing
/// downwards (as on screen); text is placed by its baseline. Path operations build a path that
/// <see cref="Fill"/>, <see cref="Stroke"/> or <see cref="Clip"/> then consume, as in PDF itself.
/// </summary>
public sealed partial class PdfCanvas
{
    private readonly PdfDocumentWriter _document;
    private readonly PdfPage _page;
    private readonly double _height;

    internal PdfCanvas(PdfDocumentWriter document, PdfPage page, PdfPageSize size)
    {
        _document = document;
        _page = page;
        _height = size.Height;
        Size = size;
    }

    public PdfPageSize Size { get; }

    internal ByteBuffer Content { get; } = new(8192);

    public PdfCanvas SaveState() => Op("q");

    public PdfCanvas RestoreState() => Op("Q");

    public PdfCanvas SetFillColor(PdfColor color) => Color(color).Op("rg");

    public PdfCanvas SetStrokeColor(PdfColor color) => Color(color).Op("RG");

    public PdfCanvas SetLineWidth(double width)
    {
        Content.Number(width).Space();
        return Op("w");
    }

    /// <summary>A dash pattern (on, off, on, … lengths in points); no lengths means a solid line.</summary>
    public PdfCanvas SetDash(double[] pattern, double phase = 0)
    {
        Content.Byte((byte)'[');
        for (var i = 0; i < pattern.Length; i++)
        {
            if (i > 0)
            {
                Content.Space();
            }

            Content.Number(pattern[i]);
        }

        Content.Ascii("] ").Number(phase).Space();
        return Op("d");
    }

    public PdfCanvas SetLineCap(PdfLineCap cap)
    {
        Content.Int((int)cap).Space();
        return Op("J");
    }

    public PdfCanvas SetLineJoin(PdfLineJoin join)
    {
        Content.Int((int)join).Space();
        return Op("j");
    }

    /// <summary>Constant opacity for fills and strokes (0 transparent … 1 opaque), via an ExtGState.</summary>
    public PdfCanvas SetOpacity(double fill, double stroke)
    {
        Content.Byte((byte)'/').Ascii(_document.GraphicsStateFor(fill, stroke)).Space();
        return Op("gs");
    }

    public PdfCanvas MoveTo(double x, double y) => Point(x, y).Op("m");

    public PdfCanvas LineTo(double x, double y) => Point(x, y).Op("l");

    public PdfCanvas CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) =>
        Point(x1, y1).Point(x2, y2).Point(x3, y3).Op("c");

    public PdfCanvas ClosePath() => Op("h");

    /// <summary>Adds a rectangle whose top-left corner is (x, y).</summary>
    public PdfCanvas Rectangle(double x, double y, double width, double height)
    {
        Point(x, y + height);
        Content.Number(width).Space().Number(height).Space();
        return Op("re");
    }

    public PdfCanvas Rectangle(PdfRect rect) => Rectangle(rect.X, rect.Y, rect.Width, rect.Height);

    /// <summary>Adds an ellipse inscribed in the box, as four Bézier arcs.</summary>
    public PdfCanvas Ellipse(double centerX, double centerY, double radiusX, double radiusY)
    {
        const double k = 0.5522847498; // control-point distance for a quarter circle
        double ox = radiusX * k, oy = radiusY * k;
        MoveTo(centerX + radiusX, centerY);
        CurveTo(centerX + radiusX, centerY + oy, centerX + ox, centerY + radiusY, centerX, centerY + radiusY);
        CurveTo(centerX - ox, centerY + radiusY, centerX - radiusX, centerY + oy, centerX - radiusX, centerY);
        CurveTo(centerX - radiusX, centerY - oy, centerX - ox, centerY - radiusY, centerX, centerY - radiusY);
        CurveTo(centerX + ox, centerY - radiusY, centerX + radiusX, centerY - oy, centerX + radiusX, centerY);
        return ClosePath();
    }

    public PdfCanvas Circle(double centerX, double centerY, double radius) => Ellipse(centerX, centerY, radius, radius);

    public PdfCanvas Fill(bool evenOdd = false) => Op(evenOdd ? "f*" : "f");

    public PdfCanvas Stroke() => Op("S");

    public PdfCanvas FillAndStroke(bool evenOdd = false) => Op(evenOdd ? "B*" : "B");

    /// <summary>Intersects the clip with the current path and ends it; wrap in Save/RestoreState to undo.</summary>
    public PdfCanvas Clip(bool evenOdd = false) => Op(evenOdd ? "W* n" : "W n");

    /// <summary>Ends the path without painting.</summary>
    public PdfCanvas EndPath() => Op("n");

    public PdfCanvas DrawLine(double x1, double y1, double x2, double y2, PdfColor color, double width = 1, double[]? dash = null)
    {
        SaveState().SetStrokeColor(color).SetLineWidth(width);
        if (dash is not null)
        {
            SetDash(dash);
        }

        return MoveTo(x1, y1).LineTo(x2, y2).Stroke().RestoreState();
    }

    public PdfCanvas FillRectangle(PdfRect rect, PdfColor color) =>
        SaveState().SetFillColor(color).Rectangle(rect).Fill().RestoreState();

    public PdfCanvas StrokeRectangle(PdfRect rect, PdfColor color, double width = 1) =>
        SaveState().SetStrokeColor(color).SetLineWidth(width).Rectangle(rect).Stroke().RestoreState();

    /// <summary>Writes an operator; operand writers leave a trailing space.</summary>
    internal PdfCanvas Op(string op)
    {
        Content.Ascii(op).Byte((byte)'\n');
        return this;
    }

    private PdfCanvas Point(double x, double y)
    {
        Content.Number(x).Space().Number(_height - y).Space();
        return this;
    }

    private PdfCanvas Color(PdfColor c)
    {
        Content.Number(c.R / 255.0).Space().Number(c.G / 255.0).Space().Number(c.B / 255.0).Space();
        return this;
    }
}
