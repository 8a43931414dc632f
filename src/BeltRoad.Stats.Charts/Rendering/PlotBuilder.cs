using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>A <see cref="ChartSpec"/> as a ScottPlot plot: frame, title and source, then the kind's own painter. Every label names the chart font.</summary>
internal static class PlotBuilder
{
    public static Plot Build(ChartSpec spec, ChartFont font, bool withSource)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(font);
        var plot = new Plot();
        plot.Font.Set(font.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = ChartStyle.Grid;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Left.FrameLineStyle.Color = ChartStyle.Axis;
        plot.Axes.Bottom.FrameLineStyle.Color = ChartStyle.Axis;
        Label(plot.Axes.Title.Label, font, spec.Title, ChartStyle.TitleSize, ChartStyle.Title);
        Label(plot.Axes.Bottom.Label, font, withSource ? spec.SourceNote ?? "" : "", ChartStyle.SourceSize, ChartStyle.Muted);
        Label(plot.Axes.Left.Label, font, "", ChartStyle.TickSize, ChartStyle.Muted);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontName = font.Family;
            axis.TickLabelStyle.FontSize = ChartStyle.TickSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.Muted;
        }

        switch (spec.Kind)
        {
            case ChartKind.Line:
                SeriesPainter.Paint(plot, spec, font);
                break;
            case ChartKind.Bar:
            case ChartKind.HorizontalBar:
                BarPainter.Paint(plot, spec, font);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "No painter for this chart kind.");
        }

        return plot;
    }

    public static void Label(LabelStyle label, ChartFont font, string text, float size, Color color)
    {
        label.Text = text;
        label.FontName = font.Family;
        label.FontSize = size;
        label.ForeColor = color;
        label.Bold = false;
    }

    public static (double[] Positions, string[] Labels, double Top) ValueTicks(IEnumerable<decimal> values, NumberScaleStyle style)
    {
        var (positions, labels) = ValueScale.Ticks(values, style);
        return ([.. positions.Select(v => (double)v)], [.. labels], (double)positions[^1]);
    }
}
