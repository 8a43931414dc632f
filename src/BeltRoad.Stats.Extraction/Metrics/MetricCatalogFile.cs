using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// What one catalogue file (Resources/measures.json or a user's Metrics.File) says, read and checked: its metrics, its
/// measures, groups and decline words, and the metrics it gives words of their own (<paramref name="Reworded"/>: the earlier
/// shape, cues listed on a metric, which become a measure labelled with the metric's label_zh).
/// </summary>
internal sealed record MetricCatalogFile(
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<MetricGroup> Groups,
    IReadOnlyList<string> DeclineWords,
    IReadOnlyList<MetricCode> Reworded)
{
    /// <exception cref="FormatException">The file is not a valid catalogue; the message names it and the problem.</exception>
    public static MetricCatalogFile Read(string json, string sourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var metrics = Array(root, "metrics").Select(e => (Definition: Metric(e), Cues: e.TryGetProperty("cues", out var cues) ? Words(cues) : null)).ToList();
            var reworded = metrics.Where(m => m.Cues is not null).ToList();
            var measures = reworded.Select(m => new Measure(m.Definition.LabelZh, m.Definition.Code, m.Definition.Units.ToHashSet(), m.Cues!, []))
                .Concat(Array(root, "measures").Select(ReadMeasure));
            var groups = Array(root, "groups").Select(e => new MetricGroup(Text(e, "code"), Text(e, "label_zh"), Text(e, "label_en")));
            var decline = Array(root, "decline_words").Select(x => x.GetString()!);
            return new([.. metrics.Select(m => m.Definition)], [.. measures], [.. groups], [.. decline], [.. reworded.Select(m => m.Definition.Code)]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException or FormatException)
        {
            throw new FormatException($"{sourceName}: not a valid metric catalogue: {e.Message}", e);
        }
    }

    private static MetricDefinition Metric(JsonElement e) => new(
        new MetricCode(Text(e, "code")),
        Text(e, "label_zh"),
        Text(e, "label_en"),
        e.TryGetProperty("group", out var g) ? g.GetString() ?? "other" : "other",
        e.TryGetProperty("priority", out var p) ? p.GetInt32() : 5,
        [.. Strings(e, "units").Select(UnitCodes.Parse)],
        [.. Strings(e, "default_for").Select(UnitCodes.Parse)])
    {
        NegateOnDecline = e.TryGetProperty("negate_on_decline", out var n) && n.GetBoolean(),
        IsFlow = e.TryGetProperty("flow", out var flow) && flow.GetBoolean(),
        IsDatedFlow = e.TryGetProperty("dated_flow", out var datedFlow) && datedFlow.GetBoolean(),
        Aggregation = e.TryGetProperty("aggregation", out var aggregation) ? MeaningCodes.ParseAggregation(aggregation.GetString()!) : null,
        SettlesAggregation = e.TryGetProperty("settles_aggregation", out var settles) ? MeaningCodes.ParseAggregation(settles.GetString()!) : null,
        DefaultForWords = [.. Strings(e, "default_for_words")],
    };

    // A row label needs the units it applies to; label_only words differ from cues only where the measure also names a metric.
    private static Measure ReadMeasure(JsonElement e)
    {
        var label = e.TryGetProperty("label", out var l) ? l.GetString() : null;
        MetricCode? metric = e.TryGetProperty("metric", out var m) ? new MetricCode(m.GetString()!) : null;
        if (label is null && metric is null)
        {
            throw new FormatException("a measure needs a label, a metric or both");
        }

        if (label is not null && !e.TryGetProperty("units", out _))
        {
            throw new FormatException($"the measure '{label}' needs the units its label applies to");
        }

        if (e.TryGetProperty("label_only", out _) && (label is null || metric is null))
        {
            throw new FormatException($"the measure '{label ?? metric!.Value.Value}' lists label_only words, which only a measure naming both a label and a metric has");
        }

        return new Measure(label, metric, Strings(e, "units").Select(UnitCodes.Parse).ToHashSet(),
            e.TryGetProperty("cues", out var cues) ? Words(cues) : [], e.TryGetProperty("label_only", out var only) ? Words(only) : [])
        {
            Parts = e.TryGetProperty("parts", out var parts) && parts.GetBoolean(),
            Rate = e.TryGetProperty("rate", out var rate) && rate.GetBoolean(),
            NearCues = e.TryGetProperty("cues_near", out var near) ? Words(near.GetProperty("cues")) : [],
            Near = e.TryGetProperty("cues_near", out var with) ? Words(with.GetProperty("near")) : [],
        };
    }

    // Cue words by script ({ "zh-Hans": [...], "zh-Hant": [...], "en": [...] }), or a plain list (the earlier shape), each
    // in simplified script: the text they are matched on is (traditional words are read as their simplified form).
    private static List<string> Words(JsonElement cues)
    {
        if (cues.ValueKind == JsonValueKind.Array)
        {
            return Listed(cues);
        }

        var words = new List<string>();
        foreach (var script in cues.EnumerateObject())
        {
            _ = DocumentLanguageCodes.Parse(script.Name); // a script nobody knows is an error, not a list never read
            words.AddRange(Listed(script.Value));
        }

        return words;
    }

    private static List<string> Listed(JsonElement list) =>
        [.. list.EnumerateArray().Select(word => word.GetString() is { Length: > 0 } w ? HanScript.ToSimplified(w) : throw new FormatException("a cue word must be a non-empty string"))];

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) ? array.EnumerateArray() : [];

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must be a string");

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(x => x.GetString()!) : [];
}
