namespace BeltRoad.Stats.Charts;

/// <summary>The chart's data as one sentence-like text, for screen readers (SVG &lt;desc&gt;) and for search.</summary>
internal static class ChartDescription
{
    public static string Describe(ChartSpec spec)
    {
        var parts = new List<string>();
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var points = spec.Categories
                .Select((category, i) => i < series.Values.Count && series.Values[i] is decimal value
                    ? $"{category} {ReadableNumber.Format(value, spec.Format)}"
                    : null)
                .OfType<string>();
            var prefix = spec.Series.Count > 1 ? LegendLayout.SeriesName(series, s) + ": " : "";
            parts.Add(prefix + string.Join(", ", points));
        }

        return string.Join("; ", parts.Where(p => p.Length > 0));
    }
}
