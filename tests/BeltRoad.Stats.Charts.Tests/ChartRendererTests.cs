namespace BeltRoad.Stats.Charts.Tests;

public class ChartRendererTests
{
    [Fact]
    public void Every_primitive_reaches_the_canvas_in_paint_order()
    {
        var chart = ChartLayout.Layout(SampleCharts.EnglishTrade());
        var canvas = new RecordingCanvas();

        ChartRenderer.Draw(chart, canvas);

        var expected = chart.Items.Select(item => item switch
        {
            LinePrimitive => "line",
            RectPrimitive => "fill",
            PolylinePrimitive => "polyline",
            PolygonPrimitive => "polygon",
            TextPrimitive t => "text:" + t.Text,
            _ => "?",
        });
        Assert.Equal(expected, canvas.Calls);
        Assert.Contains("text:Exports", canvas.Calls);
    }

    [Fact]
    public void A_stroked_rectangle_is_both_filled_and_stroked()
    {
        var canvas = new RecordingCanvas();
        ChartRenderer.Draw(new DisplayList(100, 100, "t", "d", [new RectPrimitive(1, 2, 3, 4, ChartColor.FromHex("#FFFFFF"), ChartColor.FromHex("#000000"), 1)]), canvas);
        Assert.Equal(["fill", "stroke"], canvas.Calls);
    }

    private sealed class RecordingCanvas : IChartCanvas
    {
        public List<string> Calls { get; } = [];

        public void DrawLine(ChartPoint from, ChartPoint to, ChartColor color, double width) => Calls.Add("line");

        public void FillRect(double x, double y, double width, double height, ChartColor color) => Calls.Add("fill");

        public void StrokeRect(double x, double y, double width, double height, ChartColor color, double lineWidth) => Calls.Add("stroke");

        public void DrawPolyline(IReadOnlyList<ChartPoint> points, ChartColor color, double width) => Calls.Add("polyline");

        public void FillPolygon(IReadOnlyList<ChartPoint> points, ChartColor color) => Calls.Add("polygon");

        public void DrawText(string text, ChartPoint baseline, double size, TextAnchor anchor, ChartColor color, bool bold) => Calls.Add("text:" + text);
    }
}
