using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// One series (<see cref="SeriesKey"/>: entity, indicator, unit, aggregation, nature and the period's shape) with its
/// points by date: what a time-series chart draws, a headline card leads with and the viewer's picker offers.
/// </summary>
internal sealed record SeriesView(int Number, SeriesKey Key, MetricInfo Metric, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>File stem, HTML id and PDF destination: 「series-3」.</summary>
    public string Stem => "series-" + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>「中欧班列 · 开行列数」.</summary>
    public string Name => Key.Entity + " · " + Key.Indicator;

    /// <summary>The shape and aggregation in words: 「年度合计」「1—5月累计」「存量」.</summary>
    public string ShapeWords => SeriesWords.Shape(Key);

    /// <summary>「中欧班列 · 开行列数（列，年度合计）」, 「……（%，单月，目标）」: whose, what, unit, shape and, unless actual, nature.</summary>
    public string Title => Name + "（" + UnitWords.Caption(Key.Unit) + "，" + ShapeWords + (Key.Nature == Nature.Actual ? "" : "，" + Key.Nature.ChineseWord()) + "）";

    /// <summary>How many dates the points fall on (conflicting figures share one).</summary>
    public int DateCount => Points.Select(p => p.Period).Distinct().Count();

    public int DocumentCount => Points.SelectMany(p => p.Facts).Select(f => f.Document.Number).Distinct().Count();

    /// <summary>The newest point (its period ending last); of conflicting figures, the best corroborated.</summary>
    public SeriesPoint Latest => Points.OrderByDescending(p => p.Date).ThenByDescending(p => p.Period.From).ThenByDescending(p => p.Documents.Count).First();

    /// <summary>The point <see cref="Latest"/> is compared with (<see cref="Before"/>), or null.</summary>
    public SeriesPoint? Previous => Before(Latest);

    /// <summary>
    /// The point <paramref name="point"/> is compared with: the newest earlier point (another date) and, for a total
    /// since January, the newest earlier one over as many months (1—9月 2024 with 1—9月 2023, not with 1—7月 2024, whose
    /// difference is no change); the newest earlier point of any length where none is as long; null where none is earlier.
    /// </summary>
    public SeriesPoint? Before(SeriesPoint point)
    {
        var earlier = Points.Where(p => p.Date < point.Date).OrderByDescending(p => p.Date).ThenByDescending(p => p.Documents.Count).ToList();
        return SeriesWords.MonthsSinceJanuary(point.Period) is { } months
            && earlier.FirstOrDefault(p => SeriesWords.MonthsSinceJanuary(p.Period) == months) is { } asLong
            ? asLong
            : earlier.FirstOrDefault();
    }
}
