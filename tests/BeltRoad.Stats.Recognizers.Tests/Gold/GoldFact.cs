using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Recognizers.Tests.Gold;

/// <summary>One fact of shared/gold/seeds-gold.json (only the fields the recognizer is answerable for).</summary>
internal sealed class GoldFact
{
    [JsonPropertyName("doc")] public string Doc { get; set; } = string.Empty;
    [JsonPropertyName("value")] public decimal Value { get; set; }
    [JsonPropertyName("value_high")] public decimal? ValueHigh { get; set; }
    [JsonPropertyName("unit")] public string Unit { get; set; } = string.Empty;
    [JsonPropertyName("qualifier")] public string Qualifier { get; set; } = string.Empty;
    [JsonPropertyName("as_of")] public string? AsOf { get; set; }
    [JsonPropertyName("quote")] public string Quote { get; set; } = string.Empty;
}
