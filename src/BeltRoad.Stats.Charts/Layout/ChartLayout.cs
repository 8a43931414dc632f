namespace BeltRoad.Stats.Charts;

/// <summary>Turns a chart description into positioned drawing primitives, ready for any renderer.</summary>
public static class ChartLayout
{
    /// <param name="spec">What to draw.</param>
    /// <param name="measurer">Text widths; the PDF side passes its real font metrics. Defaults to <see cref="ApproximateTextMeasurer"/>.</param>
    public static DisplayList Layout(ChartSpec spec, ITextMeasurer? measurer = null)
    {
        Validate(spec);
        var builder = new DisplayListBuilder(measurer ?? ApproximateTextMeasurer.Instance);
        var area = ChartFrame.Draw(spec, builder);
        if (spec.Kind == ChartKind.HorizontalBar)
        {
            HorizontalBarLayout.Draw(spec, area, builder);
        }
        else
        {
            VerticalChartLayout.Draw(spec, area, builder);
        }

        return builder.Build(spec.Size, spec.Title, ChartDescription.Describe(spec));
    }

    private static void Validate(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Size.Width < 160 || spec.Size.Height < 120)
        {
            throw new ArgumentException($"Chart '{spec.Title}' is too small to be readable ({spec.Size.Width}x{spec.Size.Height} pt).", nameof(spec));
        }

        foreach (var series in spec.Series)
        {
            if (series.Values.Count != spec.Categories.Count)
            {
                throw new ArgumentException(
                    $"Chart '{spec.Title}': series '{series.Name}' has {series.Values.Count} values for {spec.Categories.Count} categories.", nameof(spec));
            }
        }

        if (spec.Dates is { } dates && dates.Count != spec.Categories.Count)
        {
            throw new ArgumentException($"Chart '{spec.Title}': {dates.Count} dates for {spec.Categories.Count} categories.", nameof(spec));
        }
    }
}
