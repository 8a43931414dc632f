namespace BeltRoad.Stats.Charts;

/// <summary>
/// Everything a chart shows, independent of how it is drawn. Build with the factories, refine with <c>with</c>:
/// <c>ChartSpec.Bar(...) with { Subtitle = "...", SourceNote = "来源：..." }</c>.
/// </summary>
public sealed record ChartSpec
{
    /// <summary>Vertical bars hold up to this many categories with labels this short; longer or more go horizontal.</summary>
    private const int MaxVerticalBars = 6;
    private const int MaxVerticalLabel = 6;

    public required ChartKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>Shown beside the chart (the page's caption), not drawn in it.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Drawn under the chart as given, e.g. "来源：文件[1][2]".</summary>
    public string? SourceNote { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Each series has one value per category.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>For <see cref="ChartKind.Line"/>: one date per category, so points are spaced by time, not evenly.</summary>
    public IReadOnlyList<DateOnly>? Dates { get; init; }

    /// <summary>A bar drawn in <see cref="ChartPalette.Reference"/>: what the others are measured against (a breakdown's stated total).</summary>
    public int? ReferenceCategory { get; init; }

    public ValueFormat Format { get; init; } = ValueFormat.Chinese();

    /// <summary>Values written at bar ends and beside points.</summary>
    public bool ShowValueLabels { get; init; } = true;

    public ChartSize Size { get; init; } = ChartSize.Default;

    public static ChartSpec Bar(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        new() { Kind = ChartKind.Bar, Title = title, Categories = categories, Series = [Single(values)], Format = format };

    public static ChartSpec HorizontalBar(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        new()
        {
            Kind = ChartKind.HorizontalBar, Title = title, Categories = categories, Series = [Single(values)], Format = format,
            Size = ChartSize.ForHorizontalBars(categories.Count, ChartSize.Default.Width),
        };

    /// <summary>Vertical bars for a few short labels, horizontal bars otherwise.</summary>
    public static ChartSpec Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, ValueFormat format) =>
        categories.Count <= MaxVerticalBars && categories.All(c => c.Length <= MaxVerticalLabel)
            ? Bar(title, categories, values, format)
            : HorizontalBar(title, categories, values, format);

    /// <summary>A series over dates; <paramref name="labels"/> say each date as the documents do (2013年, 2023年10月).</summary>
    public static ChartSpec TimeSeries(
        string title, IReadOnlyList<DateOnly> dates, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, ValueFormat format) =>
        new() { Kind = ChartKind.Line, Title = title, Categories = labels, Dates = dates, Series = series, Format = format };

    private static ChartSeries Single(IReadOnlyList<decimal> values) => new("", values.Select(v => (decimal?)v).ToList());
}
