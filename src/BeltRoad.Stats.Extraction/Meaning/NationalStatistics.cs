using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// China's own statistics (data: national_statistics in Resources/label-words.json): 「我国企业…新签合同额」 is China's
/// figure (MEANING.md: contracts signed by Chinese firms → 中国), as are the rates and shares that name it as their base.
/// </summary>
internal sealed record NationalStatistics(IReadOnlySet<string> Actors, string Entity, IReadOnlyList<string> Labels)
{
    public static NationalStatistics Read(JsonElement e) => new(
        e.GetProperty("actors").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal),
        e.GetProperty("entity").GetString()!,
        [.. e.GetProperty("labels").EnumerateArray().Select(x => x.GetString()!)]);

    /// <summary>The entity a figure of <paramref name="entity"/> measured as <paramref name="indicator"/> (its scope, 对共建国家…, aside) belongs to.</summary>
    public string EntityOf(string entity, string indicator) =>
        Actors.Contains(entity) && Labels.Any(l => indicator.Contains(l, StringComparison.Ordinal)) ? Entity : entity;
}
