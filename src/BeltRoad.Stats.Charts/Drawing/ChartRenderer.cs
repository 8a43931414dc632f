namespace BeltRoad.Stats.Charts;

/// <summary>Replays a display list onto any backend.</summary>
public static class ChartRenderer
{
    public static void Draw(DisplayList chart, IChartCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(canvas);
        foreach (var item in chart.Items)
        {
            switch (item)
            {
                case LinePrimitive line:
                    canvas.DrawLine(line.From, line.To, line.Color, line.Width);
                    break;
                case RectPrimitive rect:
                    if (rect.Fill is { } fill)
                    {
                        canvas.FillRect(rect.X, rect.Y, rect.Width, rect.Height, fill);
                    }

                    if (rect.Stroke is { } stroke && rect.StrokeWidth > 0)
                    {
                        canvas.StrokeRect(rect.X, rect.Y, rect.Width, rect.Height, stroke, rect.StrokeWidth);
                    }

                    break;
                case PolylinePrimitive polyline:
                    canvas.DrawPolyline(polyline.Points, polyline.Color, polyline.Width);
                    break;
                case PolygonPrimitive polygon:
                    canvas.FillPolygon(polygon.Points, polygon.Fill);
                    break;
                case TextPrimitive text:
                    canvas.DrawText(text.Text, text.Baseline, text.Size, text.Anchor, text.Color, text.Bold);
                    break;
                default:
                    throw new NotSupportedException($"Unknown chart primitive {item.GetType().Name}.");
            }
        }
    }
}
