namespace BeltRoad.Stats.Charts;

/// <summary>
/// Everything around the plot: background, title and subtitle at the top left, the legend, the unit caption,
/// the source note at the bottom. Returns the rectangle left for axes and data.
/// </summary>
internal static class ChartFrame
{
    public static ChartRect Draw(ChartSpec spec, DisplayListBuilder b)
    {
        var pad = ChartTheme.Padding;
        var left = pad;
        var right = spec.Size.Width - pad;
        var width = right - left;
        b.FillRect(0, 0, spec.Size.Width, spec.Size.Height, ChartTheme.Background);

        var y = b.TextBlock(b.WrapBalanced(spec.Title, width, ChartTheme.Title, maxLines: 2), left, pad, ChartTheme.Title);
        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            y = b.TextBlock(b.WrapBalanced(spec.Subtitle, width, ChartTheme.Subtitle, maxLines: 2), left, y + 1, ChartTheme.Subtitle);
        }

        y += 6;
        if (spec.Series.Count > 1)
        {
            y = LegendLayout.Draw(spec, b, left, right, y) + 4;
        }

        if (spec.Format.UnitCaption is { } caption)
        {
            y = b.TextBlock([b.Ellipsize(caption, width, ChartTheme.Caption)], left, y, ChartTheme.Caption);
        }

        var bottom = spec.Size.Height - (pad * 0.8);
        if (!string.IsNullOrWhiteSpace(spec.SourceNote))
        {
            var lines = b.Wrap(spec.SourceNote, width, ChartTheme.Source, maxLines: 2);
            var top = bottom - (lines.Count * ChartTheme.Source.LineHeight);
            b.TextBlock(lines, left, top, ChartTheme.Source);
            bottom = top - 6;
        }

        return new ChartRect(left, y + 2, right, Math.Max(bottom, y + 40));
    }
}
