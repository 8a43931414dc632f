namespace BeltRoad.Stats.Domain;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
