namespace BeltRoad.Stats.Recognizers;

/// <summary>The groups of <see cref="MentionUnit"/> the resolvers ask about: money, and counts of things.</summary>
internal static class MentionUnits
{
    public static bool IsCurrency(this MentionUnit unit) =>
        unit is MentionUnit.USD or MentionUnit.CNY or MentionUnit.EUR or MentionUnit.OtherCurrency;

    /// <summary>A unit that counts things (trains, TEU, persons, countries …): no currency, no percentage, not none.</summary>
    public static bool IsCount(this MentionUnit unit) =>
        !unit.IsCurrency() && unit is not (MentionUnit.None or MentionUnit.Percent or MentionUnit.PercentagePoints);
}
