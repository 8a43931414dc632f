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
    Label,
}
