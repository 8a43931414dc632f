using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Formatting;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// One point of a series: a figure for one period as one or more documents state it (a restatement in another document
/// corroborates: one point, its documents listed). Where documents state different figures for the period, each figure
/// is a point of its own, flagged <see cref="Conflicting"/>.
/// </summary>
internal sealed record SeriesPoint(Period Period, IReadOnlyList<FactView> Facts, bool Conflicting)
{
    public Fact Fact => Facts[0].Fact;

    /// <summary>Where the point sits on a date axis: the end of its period.</summary>
    public DateOnly Date => PeriodText.AxisDate(Period.Latest);

    /// <summary>The documents stating it, by number, each once.</summary>
    public IReadOnlyList<DocumentView> Documents => [.. Facts.Select(f => f.Document).DistinctBy(d => d.Number).OrderBy(d => d.Number)];

    /// <summary>「超过7.3万列」: the figure as its sources state it.</summary>
    public string QualifiedValue => Facts[0].QualifiedValue;

    public string PeriodWords => PeriodText.Of(Period);

    public PointBound Bound => Fact.Qualifier switch
    {
        Qualifier.Exact => PointBound.Exact,
        Qualifier.Approx => PointBound.Approx,
        var q when q.IsFloor() => PointBound.Lower,
        Qualifier.Nearly or Qualifier.UpTo => PointBound.Upper,
        Qualifier.Range => PointBound.Range,
        _ => throw new ArgumentOutOfRangeException(nameof(Fact), Fact.Qualifier, "No bound for this qualifier."),
    };

    /// <summary>Whether the value is the figure itself (exact or about so), not a floor, a ceiling or a range.</summary>
    public bool IsPoint => Bound is PointBound.Exact or PointBound.Approx;

    /// <summary>「下限」「上限」「区间」 or empty: what a table's bound column says.</summary>
    public string BoundWords => Bound switch
    {
        PointBound.Lower => "下限（" + Fact.Qualifier.ChineseWord() + "）",
        PointBound.Upper => "上限（" + Fact.Qualifier.ChineseWord() + "）",
        PointBound.Range => "区间",
        PointBound.Approx => "约数",
        _ => "",
    };

    /// <summary>The citations of its documents: 「[2][5]」.</summary>
    public string Citations => string.Concat(Documents.Select(d => d.Ref));

    /// <summary>Its first source with the page where it has pages, and how many more: 「[2] 第2页」, 「[2]等3份」 (one link's worth of text).</summary>
    public string Citation => Facts[0].Citation + (Documents.Count > 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"等{Documents.Count}份") : "");

    /// <summary>
    /// How the chart draws it: bound, label (with the sign), range end, whether documents disagree, and its line's run:
    /// year-to-date totals join only totals of as many months (1–3月 with 1–3月, never with 1–6月).
    /// </summary>
    public PointMark Mark => new(Bound, QualifiedValue, Fact.ValueHigh, Conflicting,
        SeriesWords.MonthsSinceJanuary(Period) is { } months ? months.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
