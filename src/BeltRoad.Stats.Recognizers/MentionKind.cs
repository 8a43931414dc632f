namespace BeltRoad.Stats.Recognizers;

/// <summary>What a mention is. Only Quantity, Percent and PercentagePoints are statistics by themselves.</summary>
public enum MentionKind
{
    Number,
    Quantity,
    Percent,
    PercentagePoints,
    Ordinal,
    DatePeriod,
    Vague,
    /// <summary>A number used as numbering or inside a name, judged so by its context (专栏 1, （二）, K2, 六大经济走廊).</summary>
    Label,

    /// <summary>A word of the table that holds a numeral but states no number (一带一路, 华龙一号, 5G, 双方).</summary>
    Name,
}
