using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tests.Conformance;

/// <summary>One case of a Recognizers-Text spec file: input and expected results (End is inclusive).</summary>
internal sealed class PeerCase
{
    [JsonPropertyName("Input")] public string Input { get; set; } = string.Empty;
    [JsonPropertyName("Results")] public List<PeerResult> Results { get; set; } = [];
    [JsonPropertyName("NotSupported")] public string? NotSupported { get; set; }
    [JsonPropertyName("NotSupportedByDesign")] public string? NotSupportedByDesign { get; set; }
}

internal sealed class PeerResult
{
    [JsonPropertyName("Text")] public string Text { get; set; } = string.Empty;
    [JsonPropertyName("TypeName")] public string TypeName { get; set; } = string.Empty;
    [JsonPropertyName("Resolution")] public JsonElement? Resolution { get; set; }
    [JsonPropertyName("Start")] public int Start { get; set; }
    [JsonPropertyName("End")] public int End { get; set; }

    public string? ResolvedValue => Resolution is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("value", out var v)
        && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string? ResolvedUnit => Resolution is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("unit", out var v)
        && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
