using System.Globalization;
using System.Xml.Linq;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Charts;

/// <summary>
/// A chart ScottPlot drew, as vector operators of our own PDF writer: its SVG's paths, rectangles and ellipses become PDF
/// paths, its text is set in the digest's embedded font subset (never an image), clip groups become clips. One chart is
/// one drawing unit (<see cref="Draw"/> wraps it in its own graphics state), so a tagged PDF can mark it as a figure.
/// </summary>
internal sealed class ChartDrawing
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly XElement _root;
    private readonly Dictionary<string, XElement> _clips;

    private ChartDrawing(XElement root)
    {
        _root = root;
        _clips = root.Descendants(Svg + "clipPath").Where(c => c.Attribute("id") is not null).ToDictionary(c => (string)c.Attribute("id")!, StringComparer.Ordinal);
        Width = SvgPaint.Number(root, "width", 0);
        Height = SvgPaint.Number(root, "height", 0);
    }

    /// <summary>The chart's size in SVG user units (points).</summary>
    public double Width { get; }

    public double Height { get; }

    /// <exception cref="InvalidDataException">Not an SVG document, or one with an element a chart is not drawn with.</exception>
    public static ChartDrawing Parse(string svg)
    {
        var root = XDocument.Parse(svg).Root;
        return root is not null && root.Name == Svg + "svg" ? new ChartDrawing(root) : throw new InvalidDataException("A chart's drawing must be an SVG document.");
    }

    /// <summary>Draws the chart with its top-left at (<paramref name="left"/>, <paramref name="top"/>), scaled by <paramref name="scale"/>.</summary>
    public void Draw(PdfCanvas canvas, PdfFont font, double left, double top, double scale)
    {
        (double X, double Y) Map(double x, double y) => (left + (x * scale), top + (y * scale));
        canvas.SaveState();
        foreach (var child in _root.Elements())
        {
            Element(canvas, font, child, Map, scale);
        }

        canvas.RestoreState();
    }

    private void Element(PdfCanvas canvas, PdfFont font, XElement e, Func<double, double, (double X, double Y)> map, double scale)
    {
        switch (e.Name.LocalName)
        {
            case "clipPath" or "defs" or "style" or "title" or "desc":
                return;
            case "g":
                Group(canvas, font, e, map, scale);
                return;
            case "rect":
                Shape(canvas, e, scale, () =>
                {
                    var (x, y) = map(SvgPaint.Number(e, "x", 0), SvgPaint.Number(e, "y", 0));
                    canvas.Rectangle(x, y, SvgPaint.Number(e, "width", 0) * scale, SvgPaint.Number(e, "height", 0) * scale);
                });
                return;
            case "path":
                Shape(canvas, e, scale, () => SvgPath.Add(canvas, (string?)e.Attribute("d") ?? "", map));
                return;
            case "ellipse" or "circle":
                Shape(canvas, e, scale, () =>
                {
                    var (x, y) = map(SvgPaint.Number(e, "cx", 0), SvgPaint.Number(e, "cy", 0));
                    var r = SvgPaint.Number(e, "r", 0);
                    canvas.Ellipse(x, y, SvgPaint.Number(e, "rx", r) * scale, SvgPaint.Number(e, "ry", r) * scale);
                });
                return;
            case "line":
                Shape(canvas, e, scale, () =>
                {
                    var (x1, y1) = map(SvgPaint.Number(e, "x1", 0), SvgPaint.Number(e, "y1", 0));
                    var (x2, y2) = map(SvgPaint.Number(e, "x2", 0), SvgPaint.Number(e, "y2", 0));
                    canvas.MoveTo(x1, y1).LineTo(x2, y2);
                });
                return;
            case "text":
                Text(canvas, font, e, map, scale);
                return;
            default:
                throw new InvalidDataException($"SVG element <{e.Name.LocalName}> is not one a chart is drawn with.");
        }
    }

    // A clip group (what ScottPlot puts a plot's data in): its children drawn inside the clip rectangle.
    private void Group(PdfCanvas canvas, PdfFont font, XElement g, Func<double, double, (double X, double Y)> map, double scale)
    {
        if (g.Attribute("transform") is not null)
        {
            throw new InvalidDataException("A transformed SVG group is not one a chart is drawn with.");
        }

        canvas.SaveState();
        if ((string?)g.Attribute("clip-path") is { } clip)
        {
            var id = clip.Replace("url(#", "", StringComparison.Ordinal).TrimEnd(')');
            var rect = _clips.TryGetValue(id, out var path) ? path.Element(Svg + "rect") : null;
            if (rect is null)
            {
                throw new InvalidDataException($"SVG clip '{id}' is not a rectangle the chart defines.");
            }

            var (x, y) = map(SvgPaint.Number(rect, "x", 0), SvgPaint.Number(rect, "y", 0));
            canvas.Rectangle(x, y, SvgPaint.Number(rect, "width", 0) * scale, SvgPaint.Number(rect, "height", 0) * scale).Clip();
        }

        foreach (var child in g.Elements())
        {
            Element(canvas, font, child, map, scale);
        }

        canvas.RestoreState();
    }

    private static void Shape(PdfCanvas canvas, XElement e, double scale, Action path)
    {
        var paint = SvgPaint.Of(e);
        if (paint.Fill is null && paint.Stroke is null)
        {
            return;
        }

        canvas.SaveState();
        if (paint.FillOpacity < 1 || paint.StrokeOpacity < 1)
        {
            canvas.SetOpacity(paint.FillOpacity, paint.StrokeOpacity);
        }

        if (paint.Fill is { } fill)
        {
            canvas.SetFillColor(fill);
        }

        if (paint.Stroke is { } stroke)
        {
            canvas.SetStrokeColor(stroke).SetLineWidth(paint.StrokeWidth * scale).SetLineCap(paint.Cap).SetLineJoin(paint.Join);
            if (paint.Dash is { } dash)
            {
                canvas.SetDash([.. dash.Select(d => d * scale)]);
            }
        }

        path();
        _ = (paint.Fill, paint.Stroke) switch
        {
            ({ }, { }) => canvas.FillAndStroke(paint.EvenOdd),
            ({ }, null) => canvas.Fill(paint.EvenOdd),
            _ => canvas.Stroke(),
        };
        canvas.RestoreState();
    }

    // Skia writes a run of text with its glyphs' x positions after a transform (translate, or a matrix for a turned
    // axis title); the run starts at the first position and is set in the digest's font, turned as the matrix turns it.
    private static void Text(PdfCanvas canvas, PdfFont font, XElement e, Func<double, double, (double X, double Y)> map, double scale)
    {
        var content = e.Value.Trim();
        if (content.Length == 0)
        {
            return;
        }

        var (a, b, c, d, tx, ty) = Transform((string?)e.Attribute("transform"));
        var x0 = SvgPaint.Number(e, "x", 0);
        var y0 = SvgPaint.Number(e, "y", 0);
        var (x, y) = map((a * x0) + (c * y0) + tx, (b * x0) + (d * y0) + ty);
        var size = SvgPaint.Number(e, "font-size", 12) * Math.Sqrt((a * a) + (b * b)) * scale;
        var style = new PdfTextStyle(font, size, SvgPaint.Color(e, "fill", PdfColor.Black) ?? PdfColor.Black, Bold: (string?)e.Attribute("font-weight") is "bold" or "700");
        var degrees = -Math.Atan2(b, a) * 180 / Math.PI;
        if (Math.Abs(degrees) < 0.01)
        {
            canvas.DrawText(content, x, y, style);
        }
        else
        {
            canvas.DrawRotatedText(content, x, y, style, degrees);
        }
    }

    private static (double A, double B, double C, double D, double E, double F) Transform(string? transform)
    {
        if (string.IsNullOrWhiteSpace(transform))
        {
            return (1, 0, 0, 1, 0, 0);
        }

        var open = transform.IndexOf('(', StringComparison.Ordinal);
        var name = transform[..open].Trim();
        var n = transform[(open + 1)..transform.IndexOf(')', StringComparison.Ordinal)]
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return (name, n.Length) switch
        {
            ("translate", 1) => (1, 0, 0, 1, n[0], 0),
            ("translate", 2) => (1, 0, 0, 1, n[0], n[1]),
            ("matrix", 6) => (n[0], n[1], n[2], n[3], n[4], n[5]),
            _ => throw new InvalidDataException($"SVG transform '{transform}' is not one a chart's text is set with."),
        };
    }
}
