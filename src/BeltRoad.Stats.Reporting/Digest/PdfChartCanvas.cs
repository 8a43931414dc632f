using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>Draws a laid-out chart as PDF vectors inside a box, scaled to its width.</summary>
internal sealed class PdfChartCanvas(PdfCanvas canvas, PdfFont font, double left, double top, double scale) : IChartCanvas
{
    public void DrawLine(ChartPoint from, ChartPoint to, ChartColor color, double width) =>
        canvas.DrawLine(X(from.X), Y(from.Y), X(to.X), Y(to.Y), Pdf(color), width * scale);

    public void FillRect(double x, double y, double width, double height, ChartColor color) =>
        canvas.FillRectangle(new PdfRect(X(x), Y(y), width * scale, height * scale), Pdf(color));

    public void StrokeRect(double x, double y, double width, double height, ChartColor color, double lineWidth) =>
        canvas.StrokeRectangle(new PdfRect(X(x), Y(y), width * scale, height * scale), Pdf(color), lineWidth * scale);

    public void DrawPolyline(IReadOnlyList<ChartPoint> points, ChartColor color, double width)
    {
        if (points.Count < 2)
        {
            return;
        }

        canvas.SaveState().SetStrokeColor(Pdf(color)).SetLineWidth(width * scale).SetLineJoin(PdfLineJoin.Round).SetLineCap(PdfLineCap.Round);
        canvas.MoveTo(X(points[0].X), Y(points[0].Y));
        foreach (var p in points.Skip(1))
        {
            canvas.LineTo(X(p.X), Y(p.Y));
        }

        canvas.Stroke().RestoreState();
    }

    public void FillPolygon(IReadOnlyList<ChartPoint> points, ChartColor color)
    {
        if (points.Count < 3)
        {
            return;
        }

        canvas.SaveState().SetFillColor(Pdf(color)).MoveTo(X(points[0].X), Y(points[0].Y));
        foreach (var p in points.Skip(1))
        {
            canvas.LineTo(X(p.X), Y(p.Y));
        }

        canvas.ClosePath().Fill().RestoreState();
    }

    public void DrawText(string text, ChartPoint baseline, double size, TextAnchor anchor, ChartColor color, bool bold)
    {
        var style = new PdfTextStyle(font, size * scale, Pdf(color), bold);
        var align = anchor switch
        {
            TextAnchor.Middle => PdfTextAlign.Center,
            TextAnchor.End => PdfTextAlign.Right,
            _ => PdfTextAlign.Left,
        };
        canvas.DrawText(text, X(baseline.X), Y(baseline.Y), style, align);
    }

    private double X(double x) => left + (x * scale);

    private double Y(double y) => top + (y * scale);

    private static PdfColor Pdf(ChartColor c) => new(c.R, c.G, c.B);
}
