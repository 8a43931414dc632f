using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// One context rule of a table file: after any of <see cref="CuesBefore"/> earlier in its sentence, a figure counting one of
/// <see cref="Nouns"/> is in <see cref="Unit"/> ("passenger service … 480,000 trips" is person_times, "can carry up to
/// 1,260 passengers" persons).
/// </summary>
internal sealed class HeadNounContextEntry
{
    [JsonPropertyName("nouns")] public List<string> Nouns { get; set; } = [];
    [JsonPropertyName("unit")] public string Unit { get; set; } = string.Empty;
    [JsonPropertyName("cuesBefore")] public List<string> CuesBefore { get; set; } = [];

    /// <summary>Nouns that, standing between the cue and the figure or right after the counted noun, name what is counted
    /// instead (合作区 … 入区企业760家, 合作区内已有逾百家中资企业: firms, not zones).</summary>
    [JsonPropertyName("blockers")] public List<string> Blockers { get; set; } = [];
}
