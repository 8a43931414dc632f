using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tests.Spec;

/// <summary>One case of recognizer-spec.json: an input and the mentions it must produce.</summary>
public sealed class SpecCase
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("source")] public string Source { get; set; } = string.Empty;
    [JsonPropertyName("culture")] public string Culture { get; set; } = "zh-Hans";
    [JsonPropertyName("reference_date")] public string? ReferenceDate { get; set; }
    [JsonPropertyName("input")] public string Input { get; set; } = string.Empty;

    /// <summary>When true the expected list is everything: no other mention may appear.</summary>
    [JsonPropertyName("complete")] public bool Complete { get; set; }
    [JsonPropertyName("expect")] public List<SpecMention> Expect { get; set; } = [];

    public override string ToString() => $"#{Id} {Input}";
}

/// <summary>An expected mention; fields left out are not checked.</summary>
public sealed class SpecMention
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("kind")] public string Kind { get; set; } = string.Empty;
    [JsonPropertyName("value")] public decimal? Value { get; set; }
    [JsonPropertyName("value_high")] public decimal? ValueHigh { get; set; }
    [JsonPropertyName("unit")] public string? Unit { get; set; }
    [JsonPropertyName("qualifier")] public string Qualifier { get; set; } = "exact";
    [JsonPropertyName("time")] public string? Time { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }

    public override string ToString() => $"'{Text}' {Kind} {Value} {ValueHigh} {Unit} {Qualifier} {Time} {Role}";
}
