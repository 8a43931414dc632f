using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Series;

/// <summary>
/// A headline: a series' latest point and the one before it (with the change), its date, whose figure and what it
/// measures in words (a subset named as one), and its sources.
/// </summary>
internal sealed record HeadlineCard(SeriesView Series, SeriesPoint Latest, SeriesPoint? Previous)
{
    /// <summary>The fact the card cites first (its row, its source).</summary>
    public FactView View => Latest.Facts[0];

    public Domain.Fact Fact => View.Fact;

    /// <summary>「中欧班列 · 开行列数」.</summary>
    public string EntityIndicator => Series.Name;

    /// <summary>「超过7.3万列」.</summary>
    public string QualifiedValue => Latest.QualifiedValue;

    /// <summary>「2023年6月30日」: the latest point's period.</summary>
    public string AsOfText => Latest.PeriodWords;

    /// <summary>「中欧班列 · 开行列数 · 年度合计」, with 「（与共建国家）」 where the figure counts partner countries only.</summary>
    public string Label => Series.Name + SubsetRule.Words(Latest) + " · " + Series.ShapeWords;

    /// <summary>「较2022年（1.6万列）增加1000列，增长6.3%」.</summary>
    public string Change => SeriesWords.Change(Latest, Previous);
}
