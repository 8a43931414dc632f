using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// The metrics the program knows, loaded from data (Resources/metrics.json, extendable by the user's file):
/// a user adds a metric or cue words without recompiling.
/// </summary>
public sealed class MetricCatalog
{
    private MetricCatalog(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<MetricGroup> groups, IReadOnlyList<string> declineWords)
    {
        Metrics = metrics;
        Groups = groups;
        DeclineWords = declineWords;
    }

    /// <summary>Words that make a growth rate negative (下降, fell); 降低 (to lower a cost) is not one of them.</summary>
    public IReadOnlyList<string> DeclineWords { get; }

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public IReadOnlyList<MetricGroup> Groups { get; }

    public static MetricCatalog Default { get; } = LoadEmbedded();

    /// <summary>The catalogue as the reading side (digest, HTML) knows it.</summary>
    public IReadOnlyList<MetricInfo> MetricInfos => [.. Metrics.Select(m => new MetricInfo(m.Code, m.LabelZh, m.LabelEn, m.Group, m.Priority))];

    public IReadOnlyList<MetricGroupInfo> GroupInfos => [.. Groups.Select(g => new MetricGroupInfo(g.Code, g.LabelZh, g.LabelEn))];

    public MetricDefinition? Find(MetricCode code) => Metrics.FirstOrDefault(m => m.Code == code);

    /// <summary>
    /// This catalogue with a user's file laid over it: a metric with a known code replaces the built-in one,
    /// a new code is added. The file has the shape of Resources/metrics.json.
    /// </summary>
    /// <exception cref="FormatException">The file is not a valid catalogue; the message names the problem.</exception>
    public MetricCatalog Extend(string json, string sourceName)
    {
        var overlay = Parse(json, sourceName);
        var metrics = Metrics.ToDictionary(m => m.Code);
        foreach (var metric in overlay.Metrics)
        {
            metrics[metric.Code] = metric;
        }

        var groups = Groups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        foreach (var group in overlay.Groups)
        {
            groups[group.Code] = group;
        }

        return new(metrics.Values.ToList(), groups.Values.ToList(), overlay.DeclineWords.Count > 0 ? overlay.DeclineWords : DeclineWords);
    }

    private static MetricCatalog LoadEmbedded() => Parse(EmbeddedJson.ReadText("metrics.json"), "built-in metrics.json");

    internal static MetricCatalog Parse(string json, string sourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var metrics = root.TryGetProperty("metrics", out var list) ? list.EnumerateArray().Select(ParseMetric).ToList() : [];
            var groups = root.TryGetProperty("groups", out var g)
                ? g.EnumerateArray().Select(e => new MetricGroup(Text(e, "code"), Text(e, "label_zh"), Text(e, "label_en"))).ToList()
                : [];
            var decline = root.TryGetProperty("decline_words", out var d) ? d.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            return new(metrics, groups, decline);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException or FormatException)
        {
            throw new FormatException($"{sourceName}: not a valid metric catalogue: {e.Message}", e);
        }
    }

    private static MetricDefinition ParseMetric(JsonElement e) => new(
        new MetricCode(Text(e, "code")),
        Text(e, "label_zh"),
        Text(e, "label_en"),
        e.TryGetProperty("group", out var g) ? g.GetString() ?? "other" : "other",
        e.TryGetProperty("priority", out var p) ? p.GetInt32() : 5,
        Strings(e, "units").Select(UnitCodes.Parse).ToList(),
        Strings(e, "cues").ToList(),
        Strings(e, "default_for").Select(UnitCodes.Parse).ToList())
    {
        NegateOnDecline = e.TryGetProperty("negate_on_decline", out var n) && n.GetBoolean(),
        IsFlow = e.TryGetProperty("flow", out var flow) && flow.GetBoolean(),
        Aggregation = e.TryGetProperty("aggregation", out var aggregation) ? MeaningCodes.ParseAggregation(aggregation.GetString()!) : null,
    };

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must be a string");

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(x => x.GetString()!) : [];
}
