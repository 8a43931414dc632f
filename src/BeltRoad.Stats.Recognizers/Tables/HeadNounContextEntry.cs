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
}
