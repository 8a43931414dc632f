namespace BeltRoad.Stats.Charts;

/// <summary>
/// Categories down the left (wrapped to two lines, right-aligned against the bars), values along the bottom,
/// bars from the zero line with their values written just past the bar end.
/// </summary>
internal static class HorizontalBarLayout
{
    private const double LabelColumnShare = 0.36;

    public static void Draw(ChartSpec spec, ChartRect area, DisplayListBuilder b)
    {
        var n = Math.Max(1, spec.Categories.Count);
        var tickStyle = ChartTheme.TickLabel;
        var categoryStyle = ChartTheme.CategoryLabel;
        var plotTop = area.Top + 2;
        var plotBottom = area.Bottom - tickStyle.LineHeight - 4;
        var band = (plotBottom - plotTop) / n;

        var maxLines = band >= (2 * categoryStyle.LineHeight) + 4 ? 2 : 1;
        var labels = spec.Categories.Select(c => b.WrapBalanced(c, area.Width * LabelColumnShare, categoryStyle, maxLines)).ToList();
        var columnWidth = labels.SelectMany(lines => lines).Select(line => b.Width(line, categoryStyle)).DefaultIfEmpty(0).Max();
        var plotLeft = area.Left + columnWidth + 8;

        var values = spec.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        var seriesCount = Math.Max(1, spec.Series.Count);
        var thickness = Math.Min(band * (seriesCount == 1 ? ChartTheme.BarFraction : 0.8), seriesCount * 22.0);
        var slot = thickness / seriesCount;
        var labelStyle = spec.ShowValueLabels
            ? ValueLabels.StyleFitting(values.Select(v => ValueLabels.Text(v, spec.Format)), double.MaxValue, b) is { } style && slot >= style.Size
                ? style
                : null
            : null;
        double LabelRoom(Func<decimal, bool> side) => labelStyle is null
            ? 0
            : values.Where(side).Select(v => b.Width(ValueLabels.Text(v, spec.Format), labelStyle) + 5).DefaultIfEmpty(0).Max();

        var valueLeft = plotLeft + LabelRoom(v => v < 0m);
        var plotRight = area.Right - Math.Max(LabelRoom(v => v >= 0m), 4);
        var axis = FitAxis(values, spec.Format.Style, valueLeft, ref plotRight, area.Right, b);

        foreach (var (tick, label) in axis.Ticks.Values.Zip(axis.Labels))
        {
            var x = axis.Map(tick);
            if (tick != 0m)
            {
                b.Line(x, plotTop, x, plotBottom, ChartTheme.Grid, 0.6);
            }

            b.Text(label, x, plotBottom + 4 + tickStyle.Ascent, tickStyle, TextAnchor.Middle);
        }

        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var center = plotTop + (band * (i + 0.5));
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (spec.Series[s].Values[i] is not decimal value)
                {
                    continue;
                }

                var top = center - (thickness / 2) + (s * slot);
                var end = axis.Map(value);
                var length = value == 0m ? 0 : Math.Max(Math.Abs(end - axis.Zero), 0.5);
                if (length > 0)
                {
                    b.FillRect(value < 0m ? axis.Zero - length : axis.Zero, top, length, seriesCount == 1 ? slot : slot - 1, ChartPalette.Bar(spec, s, i));
                }

                if (labelStyle is not null)
                {
                    var baseline = top + (slot / 2) + (labelStyle.Size * 0.35);
                    var text = ValueLabels.Text(value, spec.Format);
                    if (value < 0m)
                    {
                        b.Text(text, axis.Zero - length - 4, baseline, labelStyle, TextAnchor.End);
                    }
                    else
                    {
                        b.Text(text, axis.Zero + length + 4, baseline, labelStyle);
                    }
                }
            }

            var block = labels[i];
            b.TextBlock(block, plotLeft - 8, center - (block.Count * categoryStyle.LineHeight / 2), categoryStyle, TextAnchor.End);
        }

        b.Line(axis.Zero, plotTop, axis.Zero, plotBottom, ChartTheme.Baseline, 0.8);
    }

    /// <summary>As many ticks as fit without their labels touching, and the last label inside the chart.</summary>
    private static ValueAxis FitAxis(List<decimal> values, NumberScaleStyle style, double left, ref double right, double limit, DisplayListBuilder b)
    {
        var tickStyle = ChartTheme.TickLabel;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var maxTicks = 7; maxTicks >= 2; maxTicks--)
            {
                var axis = ValueAxis.Create(ValueAxis.TicksFor(values, maxTicks), style, left, right);
                var widest = axis.Labels.Max(l => b.Width(l, tickStyle));
                var spacing = (right - left) / Math.Max(1, axis.Labels.Count - 1);
                var overhang = (b.Width(axis.Labels[^1], tickStyle) / 2) - (limit - right);
                if (widest + 8 > spacing && maxTicks > 2)
                {
                    continue;
                }

                if (overhang > 0 && pass == 0)
                {
                    right -= overhang;
                    break;
                }

                return axis;
            }
        }

        return ValueAxis.Create(ValueAxis.TicksFor(values, 2), style, left, right);
    }
}
