namespace BeltRoad.Stats.Charts;

/// <summary>
/// Charts with categories along the bottom and values up the left: bar, grouped bar and line.
/// Light gridlines at nice ticks, tick labels in the chart's scale, a darker zero line, category labels under the plot.
/// </summary>
internal static class VerticalChartLayout
{
    public static void Draw(ChartSpec spec, ChartRect area, DisplayListBuilder b)
    {
        var values = spec.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        var tickStyle = ChartTheme.TickLabel;
        var categoryStyle = ChartTheme.CategoryLabel;
        var valueRoom = spec.ShowValueLabels ? ChartTheme.ValueLabel.LineHeight + 2 : tickStyle.Size / 2;

        var estimatedHeight = area.Height - (2 * categoryStyle.LineHeight) - valueRoom;
        var ticks = ValueAxis.TicksFor(values, Math.Clamp((int)(estimatedHeight / 36) + 1, 3, 7));
        var tickLabels = AxisLabels.Format(ticks.Values, spec.Format.Style);
        var plotLeft = area.Left + tickLabels.Max(label => b.Width(label, tickStyle)) + 6;
        var plotRight = area.Right;

        var categories = spec.Kind == ChartKind.Line && spec.Dates is { } dates
            ? CategoryAxis.Dated(spec.Categories, dates, plotLeft, plotRight, b)
            : CategoryAxis.Banded(spec.Categories, plotLeft, plotRight, b);
        var negativeRoom = spec.ShowValueLabels && values.Any(v => v < 0m) ? valueRoom : 0;
        var plotBottom = area.Bottom - (categories.LabelLineCount * categoryStyle.LineHeight) - 4 - negativeRoom;
        var plotTop = area.Top + valueRoom;
        var axis = ValueAxis.Create(ticks, spec.Format.Style, plotBottom, Math.Min(plotTop, plotBottom - 20));

        foreach (var (tick, label) in ticks.Values.Zip(axis.Labels))
        {
            var y = axis.Map(tick);
            if (tick != 0m)
            {
                b.Line(plotLeft, y, plotRight, y, ChartTheme.Grid, 0.6);
            }

            b.Text(label, plotLeft - 6, y + (tickStyle.Size * 0.33), tickStyle, TextAnchor.End);
        }

        if (spec.Kind == ChartKind.Line)
        {
            LineSeriesPainter.Draw(spec, axis, categories, area, b);
        }
        else
        {
            BarSeriesPainter.DrawColumns(spec, axis, categories, b);
        }

        b.Line(plotLeft, axis.Zero, plotRight, axis.Zero, ChartTheme.Baseline, 0.8);

        var labelTop = plotBottom + negativeRoom + 4;
        for (var i = 0; i < categories.Centers.Count; i++)
        {
            b.TextBlock(categories.Labels[i], categories.Centers[i], labelTop, categoryStyle, TextAnchor.Middle);
        }
    }
}
