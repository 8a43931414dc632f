namespace BeltRoad.Stats.Charts;

/// <summary>Vertical bars from the zero line, series side by side within each category band, values written at the bar ends.</summary>
internal static class BarSeriesPainter
{
    private const double SeriesGap = 1.5;

    public static void DrawColumns(ChartSpec spec, ValueAxis axis, CategoryAxis categories, DisplayListBuilder b)
    {
        var seriesCount = Math.Max(1, spec.Series.Count);
        var groupWidth = seriesCount == 1
            ? Math.Min(categories.Band * ChartTheme.BarFraction, ChartTheme.MaxBarThickness)
            : Math.Min(categories.Band * 0.8, seriesCount * 36);
        var slot = groupWidth / seriesCount;
        var barWidth = seriesCount == 1 ? slot : slot - SeriesGap;

        var labelStyle = spec.ShowValueLabels
            ? ValueLabels.StyleFitting(
                spec.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => ValueLabels.Text(v, spec.Format)),
                seriesCount == 1 ? categories.Band - 4 : slot + SeriesGap,
                b)
            : null;

        for (var s = 0; s < spec.Series.Count; s++)
        {
            for (var i = 0; i < categories.Centers.Count; i++)
            {
                if (spec.Series[s].Values[i] is not decimal value)
                {
                    continue;
                }

                var left = categories.Centers[i] - (groupWidth / 2) + (s * slot);
                var center = left + (barWidth / 2);
                var end = axis.Map(value);
                var top = Math.Min(end, axis.Zero);
                // A tiny non-zero value still shows as a hairline bar, not as nothing.
                var height = value == 0m ? 0 : Math.Max(Math.Abs(end - axis.Zero), 0.5);
                if (height > 0)
                {
                    b.FillRect(left, value < 0m ? axis.Zero : top, barWidth, height, ChartPalette.Bar(spec, s, i));
                }

                if (labelStyle is not null)
                {
                    var baseline = value < 0m ? axis.Zero + height + 3 + labelStyle.Ascent : axis.Zero - height - 3;
                    b.Text(ValueLabels.Text(value, spec.Format), center, baseline, labelStyle, TextAnchor.Middle);
                }
            }
        }
    }
}
