using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tests.Conformance;

/// <summary>A peer case where we deliberately answer differently, with the reason (KnownDifferences.json).</summary>
internal sealed class KnownDifference
{
    [JsonPropertyName("file")] public string File { get; set; } = string.Empty;
    [JsonPropertyName("input")] public string Input { get; set; } = string.Empty;
    [JsonPropertyName("reason")] public string Reason { get; set; } = string.Empty;
}
