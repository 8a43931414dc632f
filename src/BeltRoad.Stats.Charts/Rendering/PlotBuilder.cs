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

    /// <summary>Nice ticks from zero (bars and lines alike start at zero to be honest) over <paramref name="values"/>, labelled in one scale (0 / 5万 / 10万).</summary>
    public static (double[] Positions, string[] Labels, double Top) ValueTicks(IEnumerable<decimal> values, NumberScaleStyle style, int maxTicks = 6)
    {
        var ticks = AxisTicksFor(values, maxTicks);
        var positions = ticks.Values;
        return ([.. positions.Select(v => (double)v)], [.. AxisLabels.Format(positions, style)], (double)ticks.Max);
    }

    private static AxisTicks AxisTicksFor(IEnumerable<decimal> values, int maxTicks)
    {
        var (min, max, integers) = (0m, 0m, true);
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            integers &= value == decimal.Truncate(value);
        }

        return NiceScale.Compute(min, max, maxTicks, integers ? 1m : 0m);
    }
}
