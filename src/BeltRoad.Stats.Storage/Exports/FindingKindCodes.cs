using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

internal static class FindingKindCodes
{
    public static string Code(FindingKind kind) => kind switch
    {
        FindingKind.Corroborated => "corroborated",
        FindingKind.Conflict => "conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static FindingKind Parse(string code) => code switch
    {
        "corroborated" => FindingKind.Corroborated,
        "conflict" => FindingKind.Conflict,
        _ => throw new FormatException($"Unknown finding kind '{code}'."),
    };
}
