namespace BeltRoad.Stats.Charts;

/// <summary>
/// Everything a chart shows, independent of how it is drawn. Build with the factories, refine with <c>with</c>:
/// <c>ChartSpec.Bar(...) with { Subtitle = "...", SourceNote = "来源：..." }</c>.
/// </summary>
public sealed record ChartSpec
{
    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>Printed under the chart as given, e.g. "来源：《…》，2023年10月".</summary>
    public string? SourceNote { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Each series has one value per category. A legend is drawn when there is more than one.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>For <see cref="ChartKind.Line"/>: one date per category, so points are spaced by time, not evenly.</summary>
    public IReadOnlyList<DateOnly>? Dates { get; init; }

    /// <summary>A bar drawn in <see cref="ChartPalette.Reference"/>: what the others are measured against (a breakdown's stated total).</summary>
    public int? ReferenceCategory { get; init; }

    public ValueFormat Format { get; init; } = ValueFormat.Chinese();

    /// <summary>Values written at bar ends and line points; left out where they would not fit.</summary>
    public bool ShowValueLabels { get; init; } = true;

    public ChartSize Size { get; init; } = ChartSize.Default;

    public static ChartSpec Bar(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        new() { Kind = ChartKind.Bar, Title = title, Categories = categories, Series = [Single(values)], Format = format };

    public static ChartSpec HorizontalBar(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        new()
        {
            Kind = ChartKind.HorizontalBar, Title = title, Categories = categories, Series = [Single(values)], Format = format,
            Size = ChartSize.ForHorizontalBars(categories, series: 1, ChartSize.Default.Width),
        };

    /// <summary>Vertical bars when every label fits under its bar in two lines, horizontal bars otherwise.</summary>
    public static ChartSpec Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        BarOrientation.For(categories, ChartSize.Default.Width) == ChartKind.Bar
            ? Bar(title, categories, values, format)
            : HorizontalBar(title, categories, values, format);

    public static ChartSpec GroupedBar(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ValueFormat format) =>
        new() { Kind = ChartKind.GroupedBar, Title = title, Categories = categories, Series = series, Format = format };

    public static ChartSpec Line(string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, ValueFormat format) =>
        new() { Kind = ChartKind.Line, Title = title, Categories = categories, Series = series, Format = format };

    /// <summary>A line chart over dates; <paramref name="labels"/> say each date as the documents do (2013年, 2023年10月).</summary>
    public static ChartSpec TimeSeries(
        string title, IReadOnlyList<DateOnly> dates, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, ValueFormat format) =>
        new() { Kind = ChartKind.Line, Title = title, Categories = labels, Dates = dates, Series = series, Format = format };

    private static ChartSeries Single(IReadOnlyList<decimal> values) => new("", values.Select(v => (decimal?)v).ToList());
}
