using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Formatting;

/// <summary>
/// A fact's value as a reader says it, with no digit lost: 74000 trains → 7.4万列, 45.4 percent → 45.4%,
/// a range → 2.8%—9.7%. The qualifier is a separate word (超过, 近) so tables can show it in its own column.
/// </summary>
internal static class FactText
{
    public static string Value(Fact fact)
    {
        var format = UnitWords.ChartFormat(fact.Unit, fact.Measure);
        var low = ReadableNumber.FormatExact(fact.Value, format);
        return fact.ValueHigh is { } high && high != fact.Value ? low + "—" + ReadableNumber.FormatExact(high, format) : low;
    }

    /// <summary>Qualifier and value together, as a headline shows it: 超过7.4万列. A range needs no word.</summary>
    public static string QualifiedValue(Fact fact) =>
        (fact.Qualifier == Qualifier.Range ? "" : fact.Qualifier.ChineseWord()) + Value(fact);
}
