namespace BeltRoad.Stats.Charts;

/// <summary>Collects primitives in paint order and measures text for the layout code.</summary>
internal sealed class DisplayListBuilder(ITextMeasurer measurer)
{
    private readonly List<ChartPrimitive> items = [];

    public ITextMeasurer Measurer { get; } = measurer;

    // Bold glyphs run a little wider than the regular metrics the measurer knows.
    public double Width(string text, TextStyle style) => Measurer.Measure(text, style.Size) * (style.Bold ? 1.06 : 1.0);

    public IReadOnlyList<string> Wrap(string text, double maxWidth, TextStyle style, int maxLines) =>
        LabelWrapper.Wrap(text, style.Bold ? maxWidth / 1.06 : maxWidth, style.Size, Measurer, maxLines);

    public IReadOnlyList<string> WrapBalanced(string text, double maxWidth, TextStyle style, int maxLines) =>
        LabelWrapper.WrapBalanced(text, style.Bold ? maxWidth / 1.06 : maxWidth, style.Size, Measurer, maxLines);

    public string Ellipsize(string text, double maxWidth, TextStyle style) =>
        LabelWrapper.Ellipsize(text, style.Bold ? maxWidth / 1.06 : maxWidth, style.Size, Measurer);

    public void Line(double x1, double y1, double x2, double y2, ChartColor color, double width) =>
        items.Add(new LinePrimitive(new ChartPoint(x1, y1), new ChartPoint(x2, y2), color, width));

    public void FillRect(double x, double y, double width, double height, ChartColor color) =>
        items.Add(new RectPrimitive(x, y, width, height, color));

    public void Polyline(IReadOnlyList<ChartPoint> points, ChartColor color, double width) =>
        items.Add(new PolylinePrimitive(points, color, width));

    public void Polygon(IReadOnlyList<ChartPoint> points, ChartColor color) => items.Add(new PolygonPrimitive(points, color));

    /// <summary>A round marker as a 12-sided polygon: indistinguishable from a circle at marker size, and every backend can fill it.</summary>
    public void Marker(double x, double y, double radius, ChartColor color)
    {
        var points = new ChartPoint[12];
        for (var i = 0; i < points.Length; i++)
        {
            var angle = i * Math.PI / 6;
            points[i] = new ChartPoint(x + (radius * Math.Cos(angle)), y + (radius * Math.Sin(angle)));
        }

        Polygon(points, color);
    }

    public void Text(string text, double x, double baseline, TextStyle style, TextAnchor anchor = TextAnchor.Start) =>
        items.Add(new TextPrimitive(text, new ChartPoint(x, baseline), style.Size, anchor, style.Color, style.Bold));

    /// <summary>Lines of text from <paramref name="top"/> down; returns the y below the last line.</summary>
    public double TextBlock(IReadOnlyList<string> lines, double x, double top, TextStyle style, TextAnchor anchor = TextAnchor.Start)
    {
        var y = top;
        foreach (var line in lines)
        {
            Text(line, x, y + style.Ascent, style, anchor);
            y += style.LineHeight;
        }

        return y;
    }

    public DisplayList Build(ChartSize size, string title, string description) => new(size.Width, size.Height, title, description, items.ToList());
}
