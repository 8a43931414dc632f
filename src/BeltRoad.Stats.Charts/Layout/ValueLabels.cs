namespace BeltRoad.Stats.Charts;

/// <summary>Value labels at bars and points: readable rounded numbers, one size for the whole chart or none at all.</summary>
internal static class ValueLabels
{
    private static readonly TextStyle Smaller = ChartTheme.ValueLabel with { Size = 7.5 };

    public static string Text(decimal value, ValueFormat format) => ReadableNumber.Format(value, format.Style);

    /// <summary>
    /// The largest label style at which every label fits its slot, or null: a chart with some labels missing
    /// would look like missing data, so either all are written or none.
    /// </summary>
    public static TextStyle? StyleFitting(IEnumerable<string> texts, double slotWidth, DisplayListBuilder b)
    {
        var widest = texts.Select(t => (double?)b.Measurer.Measure(t, 1.0)).Max() ?? 0;
        foreach (var style in (TextStyle[])[ChartTheme.ValueLabel, Smaller])
        {
            if (widest * style.Size <= slotWidth)
            {
                return style;
            }
        }

        return null;
    }
}
