namespace BeltRoad.Stats.Recognizers;

/// <summary>The snake_case codes used in JSON and in the fact table.</summary>
public static class MentionCodes
{
    private static readonly string[] UnitCodes =
    [
        "none", "USD", "CNY", "EUR", "other_currency", "percent", "percentage_points", "trains", "TEU", "tonnes",
        "km", "km_per_hour", "person_times", "persons", "countries", "organizations", "documents", "projects",
        "items", "other",
    ];

    private static readonly string[] KindCodes =
        ["number", "quantity", "percent", "percentage_points", "ordinal", "date_period", "vague", "label", "name"];

    private static readonly string[] QualifierCodes =
        ["exact", "approx", "nearly", "more_than", "at_least", "up_to", "range"];

    private static readonly string[] RoleCodes = ["point", "as_of", "span", "target", "since", "duration"];

    public static string Code(this MentionUnit unit) => UnitCodes[(int)unit];

    public static string Code(this MentionKind kind) => KindCodes[(int)kind];

    public static string Code(this MentionQualifier qualifier) => QualifierCodes[(int)qualifier];

    public static string Code(this TimeRole role) => RoleCodes[(int)role];

    public static bool TryParseUnit(string code, out MentionUnit unit) => TryParse(UnitCodes, code, out unit);

    public static bool TryParseQualifier(string code, out MentionQualifier qualifier) =>
        TryParse(QualifierCodes, code, out qualifier);

    public static bool TryParseKind(string code, out MentionKind kind) => TryParse(KindCodes, code, out kind);

    public static bool TryParseRole(string code, out TimeRole role) => TryParse(RoleCodes, code, out role);

    private static bool TryParse<T>(string[] codes, string code, out T value)
        where T : struct, Enum
    {
        var index = Array.FindIndex(codes, c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        value = index < 0 ? default : (T)Enum.ToObject(typeof(T), index);
        return index >= 0;
    }
}
