using ScottPlot;

namespace BeltRoad.Stats.Charts;

/// <summary>
/// One bar per category in the order given (the planner sorts them, largest first): horizontal bars list the categories
/// down the left, the first on top; vertical ones along the bottom. The value of each at its end; the axis from zero.
/// </summary>
internal static class BarPainter
{
    private const int MaxLabelLength = 16;

    public static void Paint(Plot plot, ChartSpec spec, ChartFont font)
    {
        var horizontal = spec.Kind == ChartKind.HorizontalBar;
        var series = spec.Series[0];
        var count = spec.Categories.Count;
        var bars = new List<Bar>();
        var positions = new double[count];
        for (var i = 0; i < count; i++)
        {
            positions[i] = horizontal ? count - 1 - i : i;
            if (series.Values[i] is not { } value)
            {
                continue;
            }

            bars.Add(new Bar
            {
                Position = positions[i],
                Value = (double)value,
                FillColor = ChartStyle.Of(ChartPalette.Bar(spec, 0, i)),
                LineWidth = 0,
                Label = spec.ShowValueLabels ? series.MarkAt(i)?.Label ?? ReadableNumber.Format(value, spec.Format) : "",
                Size = 0.62,
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = horizontal;
        plottable.ValueLabelStyle.FontName = font.Family;
        plottable.ValueLabelStyle.FontSize = ChartStyle.ValueLabelSize;
        plottable.ValueLabelStyle.ForeColor = ChartStyle.Muted;

        var labels = spec.Categories.Select(Shorten).ToArray();
        var (ticks, tickLabels, top) = PlotBuilder.ValueTicks(series.Values.OfType<decimal>(), spec.Format.Style);
        // Room past the longest bar for its value label.
        var room = top * 1.18;
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(positions, labels);
            plot.Axes.Bottom.SetTicks(ticks, tickLabels);
            plot.Axes.SetLimits(ticks.Min(), room, -0.6, count - 0.4);
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        }
        else
        {
            plot.Axes.Bottom.SetTicks(positions, labels);
            plot.Axes.Left.SetTicks(ticks, tickLabels);
            plot.Axes.SetLimits(-0.6, count - 0.4, ticks.Min(), room);
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        }
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";
}
