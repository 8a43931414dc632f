namespace BeltRoad.Stats.Charts;

/// <summary>
/// What a drawing backend implements to receive a chart. Coordinates are points from the chart's top-left, y down;
/// a PDF backend flips them (y_pdf = top - y). Text is one line, placed on its baseline.
/// </summary>
public interface IChartCanvas
{
    void DrawLine(ChartPoint from, ChartPoint to, ChartColor color, double width);

    void FillRect(double x, double y, double width, double height, ChartColor color);

    void StrokeRect(double x, double y, double width, double height, ChartColor color, double lineWidth);

    void DrawPolyline(IReadOnlyList<ChartPoint> points, ChartColor color, double width);

    void FillPolygon(IReadOnlyList<ChartPoint> points, ChartColor color);

    void DrawText(string text, ChartPoint baseline, double size, TextAnchor anchor, ChartColor color, bool bold);
}
