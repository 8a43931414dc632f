using System.Globalization;
using System.Xml.Linq;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Charts;

/// <summary>The paint attributes of one SVG element (fill, stroke, their opacities, width, caps, joins, dashes).</summary>
internal sealed record SvgPaint(PdfColor? Fill, PdfColor? Stroke, double FillOpacity, double StrokeOpacity, double StrokeWidth, bool EvenOdd)
{
    public PdfLineCap Cap { get; init; } = PdfLineCap.Butt;

    public PdfLineJoin Join { get; init; } = PdfLineJoin.Miter;

    public double[]? Dash { get; init; }

    /// <summary>SVG's defaults: a missing fill is black, a missing stroke is none.</summary>
    public static SvgPaint Of(XElement e) => new(
        Color(e, "fill", PdfColor.Black),
        Color(e, "stroke", null),
        Number(e, "fill-opacity", 1),
        Number(e, "stroke-opacity", 1),
        Number(e, "stroke-width", 1),
        (string?)e.Attribute("fill-rule") == "evenodd")
    {
        Cap = (string?)e.Attribute("stroke-linecap") switch { "round" => PdfLineCap.Round, "square" => PdfLineCap.Square, _ => PdfLineCap.Butt },
        Join = (string?)e.Attribute("stroke-linejoin") switch { "round" => PdfLineJoin.Round, "bevel" => PdfLineJoin.Bevel, _ => PdfLineJoin.Miter },
        Dash = (string?)e.Attribute("stroke-dasharray") is { Length: > 0 } dash && dash != "none"
            ? [.. dash.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(d => double.Parse(d, CultureInfo.InvariantCulture))]
            : null,
    };

    public static double Number(XElement e, string name, double fallback) =>
        (string?)e.Attribute(name) is { } text ? double.Parse(text.Split(',')[0].Trim(), CultureInfo.InvariantCulture) : fallback;

    public static PdfColor? Color(XElement e, string name, PdfColor? fallback) => (string?)e.Attribute(name) switch
    {
        null => fallback,
        "none" or "transparent" => null,
        "black" => PdfColor.Black,
        "white" => PdfColor.White,
        ['#', _, _, _, _, _, _] hex => PdfColor.FromHex(hex),
        ['#', var r, var g, var b] => PdfColor.FromHex(new string(['#', r, r, g, g, b, b])),
        var other => throw new InvalidDataException($"SVG colour '{other}' of <{e.Name.LocalName}> is not one a chart is drawn with."),
    };
}
