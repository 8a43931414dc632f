namespace BeltRoad.Stats.Recognizers;

/// <summary>Typed units; the codes are those of the fact table (shared/gold/README.md).</summary>
public enum MentionUnit
{
    None,
    USD,
    CNY,
    EUR,
    OtherCurrency,
    Percent,
    PercentagePoints,
    Trains,
    TEU,
    Tonnes,
    Km,
    KmPerHour,
    PersonTimes,
    Persons,
    Countries,
    Organizations,
    Documents,
    Projects,
    Items,
    Other,
}
