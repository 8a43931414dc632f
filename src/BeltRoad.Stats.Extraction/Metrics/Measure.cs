using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// One entry of the measure catalogue (measures.json): a row label with the units it applies to, the metric its words
/// choose, or both. <paramref name="Cues"/> signal what the entry names, its label and its metric; <paramref name="LabelOnly"/>
/// the label alone. The words of every script are together here, in simplified script (the text they are matched on).
/// </summary>
internal sealed record Measure(string? Label, MetricCode? Metric, IReadOnlySet<Unit> Units, IReadOnlyList<string> Cues, IReadOnlyList<string> LabelOnly)
{
    /// <summary>
    /// The entry counts the parts a thing is built with (stations, berths: measures.json "parts"): a count its cue names
    /// right after the numeral is a fixed property of the thing.
    /// </summary>
    public bool Parts { get; init; }

    /// <summary>
    /// The entry's label names a rate of change of its own (measures.json "rate": real GDP growth, 实际GDP增长率): a growth
    /// rate its cue names takes it, while the catalogue's other percent rows (stakes, shares, interest) stay levels and shares.
    /// </summary>
    public bool Rate { get; init; }

    /// <summary>
    /// Cues too broad alone (measures.json "cues_near": 'types', 'kinds'), that count only where one of <see cref="Near"/>
    /// stands in the text scanned with them (their sentence: 'goods of more than 800 kinds', not '12 types of cooperation documents').
    /// </summary>
    public IReadOnlyList<string> NearCues { get; init; } = [];

    /// <summary>The words one of which a sentence must hold for <see cref="NearCues"/> to count there (goods, cargo …).</summary>
    public IReadOnlyList<string> Near { get; init; } = [];

    /// <summary>Every word of the entry, those that choose its metric first.</summary>
    public IEnumerable<(string Word, bool ChoosesMetric)> Words =>
        Cues.Concat(NearCues).Select(w => (w, Metric is not null)).Concat(LabelOnly.Select(w => (w, false)));
}
