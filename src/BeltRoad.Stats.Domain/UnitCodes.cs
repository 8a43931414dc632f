using System.Collections.Frozen;

namespace BeltRoad.Stats.Domain;

/// <summary>Maps units to the codes used in facts.json, facts.csv and SQLite.</summary>
public static class UnitCodes
{
    private static readonly FrozenDictionary<Unit, string> Codes = new Dictionary<Unit, string>
    {
        [Unit.Other] = "other",
        [Unit.USD] = "USD",
        [Unit.CNY] = "CNY",
        [Unit.EUR] = "EUR",
        [Unit.OtherCurrency] = "other_currency",
        [Unit.Trains] = "trains",
        [Unit.TEU] = "TEU",
        [Unit.Tonnes] = "tonnes",
        [Unit.PersonTimes] = "person_times",
        [Unit.Persons] = "persons",
        [Unit.Countries] = "countries",
        [Unit.Organizations] = "organizations",
        [Unit.Documents] = "documents",
        [Unit.Projects] = "projects",
        [Unit.Items] = "items",
        [Unit.Km] = "km",
        [Unit.KmPerHour] = "km_per_hour",
        [Unit.Percent] = "percent",
        [Unit.PercentagePoints] = "percentage_points",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Unit> ByCode =
        Codes.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Code(this Unit unit) => Codes[unit];

    public static bool TryParse(string code, out Unit unit) => ByCode.TryGetValue(code, out unit);

    public static Unit Parse(string code) =>
        TryParse(code, out var unit) ? unit : throw new FormatException($"Unknown unit code '{code}'.");

    public static bool IsCurrency(this Unit unit) => unit is Unit.USD or Unit.CNY or Unit.EUR or Unit.OtherCurrency;

    /// <summary>A count of what a noun names (countries, firms, projects, items, documents, people …), not of a measure such as trains, TEU or tonnes.</summary>
    public static bool CountsNouns(this Unit unit) =>
        unit is Unit.Countries or Unit.Organizations or Unit.Projects or Unit.Items or Unit.Documents or Unit.Persons or Unit.Other;
}
