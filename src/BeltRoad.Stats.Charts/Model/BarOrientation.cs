namespace BeltRoad.Stats.Charts;

/// <summary>
/// Vertical bars read best with few, short labels; past about eight categories, or when a label would need more than
/// two lines under its bar, horizontal bars keep every name whole on the left.
/// </summary>
internal static class BarOrientation
{
    private const int MaxVerticalCategories = 8;
    private const double AxisAllowance = 50;

    public static ChartKind For(IReadOnlyList<string> categories, double width)
    {
        if (categories.Count > MaxVerticalCategories)
        {
            return ChartKind.HorizontalBar;
        }

        var style = ChartTheme.CategoryLabel;
        var band = (width - (2 * ChartTheme.Padding) - AxisAllowance) / Math.Max(1, categories.Count);
        var fits = categories.All(c =>
            LabelWrapper.Wrap(c, band - 4, style.Size, ApproximateTextMeasurer.Instance, maxLines: 3) is var lines
            && lines.Count <= 2
            && !lines.Any(line => line.EndsWith('…')));
        return fits ? ChartKind.Bar : ChartKind.HorizontalBar;
    }
}
