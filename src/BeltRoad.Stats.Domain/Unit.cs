namespace BeltRoad.Stats.Domain;

/// <summary>The unit a fact's value is counted in. Codes are the export contract's (see <see cref="UnitCodes"/>).</summary>
public enum Unit
{
    Other,
    USD,
    CNY,
    EUR,
    OtherCurrency,
    Trains,
    TEU,
    Tonnes,
    PersonTimes,
    Persons,
    Countries,
    Organizations,
    Documents,
    Projects,
    Items,
    Km,
    KmPerHour,
    Percent,
    PercentagePoints,
}
