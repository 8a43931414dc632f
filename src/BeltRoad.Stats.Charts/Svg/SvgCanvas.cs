using System.Text;

namespace BeltRoad.Stats.Charts;

/// <summary>The SVG backend of <see cref="IChartCanvas"/>: one element per call, one line per element.</summary>
internal sealed class SvgCanvas : IChartCanvas
{
    private readonly StringBuilder svg = new();

    public string Markup => svg.ToString();

    public void DrawLine(ChartPoint from, ChartPoint to, ChartColor color, double width) =>
        svg.Append("<line x1=\"").Append(N(from.X)).Append("\" y1=\"").Append(N(from.Y))
            .Append("\" x2=\"").Append(N(to.X)).Append("\" y2=\"").Append(N(to.Y))
            .Append("\" stroke=\"").Append(color.ToHex()).Append("\" stroke-width=\"").Append(N(width))
            .Append("\" shape-rendering=\"crispEdges\"/>\n");

    public void FillRect(double x, double y, double width, double height, ChartColor color) =>
        Rect(x, y, width, height).Append(" fill=\"").Append(color.ToHex()).Append("\"/>\n");

    public void StrokeRect(double x, double y, double width, double height, ChartColor color, double lineWidth) =>
        Rect(x, y, width, height).Append(" fill=\"none\" stroke=\"").Append(color.ToHex())
            .Append("\" stroke-width=\"").Append(N(lineWidth)).Append("\"/>\n");

    public void DrawPolyline(IReadOnlyList<ChartPoint> points, ChartColor color, double width) =>
        svg.Append("<polyline points=\"").Append(SvgFormat.Points(points))
            .Append("\" fill=\"none\" stroke=\"").Append(color.ToHex()).Append("\" stroke-width=\"").Append(N(width))
            .Append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");

    public void FillPolygon(IReadOnlyList<ChartPoint> points, ChartColor color) =>
        svg.Append("<polygon points=\"").Append(SvgFormat.Points(points)).Append("\" fill=\"").Append(color.ToHex()).Append("\"/>\n");

    public void DrawText(string text, ChartPoint baseline, double size, TextAnchor anchor, ChartColor color, bool bold)
    {
        svg.Append("<text x=\"").Append(N(baseline.X)).Append("\" y=\"").Append(N(baseline.Y))
            .Append("\" font-size=\"").Append(N(size)).Append("\" fill=\"").Append(color.ToHex()).Append('"');
        if (anchor != TextAnchor.Start)
        {
            svg.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }

        if (bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }

        svg.Append('>').Append(SvgFormat.Escape(text)).Append("</text>\n");
    }

    private StringBuilder Rect(double x, double y, double width, double height) =>
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" shape-rendering=\"crispEdges\"");

    private static string N(double value) => SvgFormat.Number(value);
}
