using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// The catalogue of measures (data: Resources/measures.json, extendable by the user's Metrics.File): the metrics a
/// figure is grouped in and the row labels (indicators) it is given, with the cue words that choose them, compiled once
/// into one matcher (<see cref="Words"/>) that both the metric and the indicator read. A user adds a metric, a label or
/// cue words without recompiling.
/// </summary>
public sealed class MetricCatalog
{
    private MetricCatalog(MetricCatalogFile file)
    {
        Metrics = file.Metrics;
        Measures = file.Measures;
        Groups = file.Groups;
        DeclineWords = file.DeclineWords;
        Words = new MeasureWords(Metrics, Measures);
        PartNouns = new WordList(Measures.Where(m => m.Parts).SelectMany(m => m.Cues));
        PartLabels = Measures.Where(m => m.Parts && m.Label is not null).Select(m => m.Label!).ToHashSet(StringComparer.Ordinal);
        PercentLabels = Measures.Where(m => m.Label is not null && m.Units.Contains(Unit.Percent) && !m.Rate).Select(m => m.Label!).ToHashSet(StringComparer.Ordinal);
        RateLabels = Measures.Where(m => m.Label is not null && m.Units.Contains(Unit.Percent) && m.Rate).Select(m => m.Label!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Words that make a growth rate negative (下降, fell); 降低 (to lower a cost) is not one of them.</summary>
    public IReadOnlyList<string> DeclineWords { get; }

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public IReadOnlyList<MetricGroup> Groups { get; }

    /// <summary>The row labels and metrics with their words, the user's first.</summary>
    internal IReadOnlyList<Measure> Measures { get; }

    /// <summary>Every word of <see cref="Measures"/>, compiled for one scan of a sentence.</summary>
    internal MeasureWords Words { get; }

    /// <summary>The cue words of the measures that count a thing's parts ("stations", 泊位): the nouns the aggregation's part rule reads.</summary>
    internal WordList PartNouns { get; }

    /// <summary>The labels of the measures that count a thing's parts (泊位数, 股道数): the thing's, whoever built or runs them.</summary>
    internal IReadOnlySet<string> PartLabels { get; }

    /// <summary>The labels of the catalogued measures that take a percent unit and are no rate of change (上座率, 工程完成进度,
    /// 持股比例, shares such as 本地员工占比, interest such as 贷款利率): a percentage the aggregation reads as a level or share.</summary>
    internal IReadOnlySet<string> PercentLabels { get; }

    /// <summary>The labels of the catalogued rates of change (measures.json "rate": 实际GDP增长率): a growth rate their cue names.</summary>
    internal IReadOnlySet<string> RateLabels { get; }

    public static MetricCatalog Default { get; } = Parse(EmbeddedJson.ReadText("measures.json"), "built-in measures.json");

    /// <summary>The catalogue as the reading side (digest, HTML) knows it.</summary>
    public IReadOnlyList<MetricInfo> MetricInfos => [.. Metrics.Select(m => new MetricInfo(m.Code, m.LabelZh, m.LabelEn, m.Group, m.Priority))];

    public IReadOnlyList<MetricGroupInfo> GroupInfos => [.. Groups.Select(g => new MetricGroupInfo(g.Code, g.LabelZh, g.LabelEn))];

    public MetricDefinition? Find(MetricCode code) => Metrics.FirstOrDefault(m => m.Code == code);

    /// <summary>
    /// This catalogue with a user's file laid over it (the shape of Resources/measures.json): a metric with a known code
    /// replaces the built-in one and a new code is added; a measure with a known label replaces the built-in ones of that
    /// label, and the file's measures come first (a word two labels list for one unit gives the first). A metric given
    /// with cues (the earlier shape of the file) has those words alone: they label its figures with its label_zh, and the
    /// built-in measures no longer choose it.
    /// </summary>
    /// <exception cref="FormatException">The file is not a valid catalogue; the message names it and the problem.</exception>
    public MetricCatalog Extend(string json, string sourceName)
    {
        var overlay = MetricCatalogFile.Read(json, sourceName);
        var metrics = Metrics.ToDictionary(m => m.Code);
        foreach (var metric in overlay.Metrics)
        {
            metrics[metric.Code] = metric;
        }

        var reworded = overlay.Reworded.ToHashSet();
        var relabelled = overlay.Measures.Select(m => m.Label).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var builtIn = Measures.Where(m => m.Label is null || !relabelled.Contains(m.Label))
            .Select(m => m.Metric is { } code && reworded.Contains(code) ? m with { Metric = null } : m)
            .Where(m => m.Label is not null || m.Metric is not null);

        var groups = Groups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        foreach (var group in overlay.Groups)
        {
            groups[group.Code] = group;
        }

        return Build(
            new MetricCatalogFile(metrics.Values.ToList(), [.. overlay.Measures, .. builtIn], groups.Values.ToList(), overlay.DeclineWords.Count > 0 ? overlay.DeclineWords : DeclineWords, []),
            sourceName);
    }

    private static MetricCatalog Parse(string json, string sourceName) => Build(MetricCatalogFile.Read(json, sourceName), sourceName);

    private static MetricCatalog Build(MetricCatalogFile file, string sourceName)
    {
        try
        {
            return new MetricCatalog(file);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{sourceName}: not a valid metric catalogue: {e.Message}", e);
        }
    }
}
