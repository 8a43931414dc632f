using System.Collections.Frozen;

namespace BeltRoad.Stats.Domain;

/// <summary>The export codes of <see cref="Nature"/> and <see cref="Aggregation"/>; an unknown value or code throws.</summary>
public static class MeaningCodes
{
    private static readonly FrozenDictionary<Nature, string> Natures = new Dictionary<Nature, string>
    {
        [Nature.Actual] = "actual",
        [Nature.Target] = "target",
        [Nature.Pledge] = "pledge",
        [Nature.Forecast] = "forecast",
        [Nature.Estimate] = "estimate",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Aggregation, string> Aggregations = new Dictionary<Aggregation, string>
    {
        [Aggregation.Level] = "level",
        [Aggregation.PeriodTotal] = "period_total",
        [Aggregation.PerDay] = "per_day",
        [Aggregation.PerWeek] = "per_week",
        [Aggregation.PerMonth] = "per_month",
        [Aggregation.PerYear] = "per_year",
        [Aggregation.Change] = "change",
        [Aggregation.Share] = "share",
        [Aggregation.Attribute] = "attribute",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Nature> NatureByCode = Natures.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Aggregation> AggregationByCode = Aggregations.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Code(this Nature nature) =>
        Natures.TryGetValue(nature, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(nature), nature, "No code for this nature.");

    public static string Code(this Aggregation aggregation) =>
        Aggregations.TryGetValue(aggregation, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "No code for this aggregation.");

    public static Nature ParseNature(string code) =>
        NatureByCode.TryGetValue(code, out var nature) ? nature : throw new FormatException($"Unknown nature '{code}'.");

    public static Aggregation ParseAggregation(string code) =>
        AggregationByCode.TryGetValue(code, out var aggregation) ? aggregation : throw new FormatException($"Unknown aggregation '{code}'.");

    /// <summary>The Chinese word a table shows beside a figure that did not (yet) happen.</summary>
    public static string ChineseWord(this Nature nature) => nature switch
    {
        Nature.Actual => "实际",
        Nature.Target => "目标",
        Nature.Pledge => "承诺",
        Nature.Forecast => "预测",
        Nature.Estimate => "估算",
        _ => throw new ArgumentOutOfRangeException(nameof(nature), nature, "No word for this nature."),
    };

    public static string ChineseWord(this Aggregation aggregation) => aggregation switch
    {
        Aggregation.Level => "存量",
        Aggregation.PeriodTotal => "期间合计",
        Aggregation.PerDay => "日均",
        Aggregation.PerWeek => "每周",
        Aggregation.PerMonth => "月均",
        Aggregation.PerYear => "年均",
        Aggregation.Change => "变化",
        Aggregation.Share => "占比",
        Aggregation.Attribute => "属性",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "No word for this aggregation."),
    };
}
