namespace BeltRoad.Stats.Charts;

/// <summary>One swatch and name per series, left to right, wrapping onto further rows when the width runs out.</summary>
internal static class LegendLayout
{
    private const double Swatch = 9;
    private const double LineSwatch = 16;
    private const double Gap = 4;
    private const double ItemSpacing = 14;

    /// <summary>Draws the legend from <paramref name="top"/>; returns the y below it.</summary>
    public static double Draw(ChartSpec spec, DisplayListBuilder b, double left, double right, double top)
    {
        var style = ChartTheme.Legend;
        var isLine = spec.Kind == ChartKind.Line;
        var swatchWidth = isLine ? LineSwatch : Swatch;
        var x = left;
        var rowTop = top;
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var name = b.Ellipsize(SeriesName(spec.Series[i], i), (right - left) * 0.6, style);
            var itemWidth = swatchWidth + Gap + b.Width(name, style);
            if (x > left && x + itemWidth > right)
            {
                x = left;
                rowTop += style.LineHeight + 2;
            }

            var middle = rowTop + (style.Size * 0.55);
            var color = ChartPalette.Series(i);
            if (isLine)
            {
                b.Line(x, middle, x + swatchWidth, middle, color, ChartTheme.LineWidth);
                b.Marker(x + (swatchWidth / 2), middle, ChartTheme.MarkerRadius, color);
            }
            else
            {
                b.FillRect(x, middle - (Swatch / 2), Swatch, Swatch, color);
            }

            b.Text(name, x + swatchWidth + Gap, rowTop + style.Ascent, style);
            x += itemWidth + ItemSpacing;
        }

        return rowTop + style.LineHeight;
    }

    public static string SeriesName(ChartSeries series, int index) =>
        string.IsNullOrWhiteSpace(series.Name) ? $"#{index + 1}" : series.Name;
}
