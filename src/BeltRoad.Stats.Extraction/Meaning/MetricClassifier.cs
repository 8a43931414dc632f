using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Chooses a fact's metric from the measure catalogue's words found in its sentence: among the metrics that take its
/// unit, the one whose cue stands nearest the figure (cues after the figure count within the clause: 「972亿美元的项目合作协议」),
/// the higher priority on a tie; with no cue, the unit's default.
/// </summary>
internal sealed class MetricClassifier(MetricCatalog catalog)
{
    // A cue in an earlier clause of the sentence still counts, but loses to one in the figure's own clause.
    private const int OtherClausePenalty = 40;

    // A cue after the figure is weaker evidence than one before it ("…贷款余额达2.2万亿元" reads left to right).
    private const int AfterPenalty = 3;

    // 「下降了1.9%」「fell by 1.9 percent」: the decline word sits within a few characters of the figure.
    private const int DeclineWindow = 4;

    // Which metric takes which unit, asked for every hit of every figure: a table, not a list search.
    private readonly bool[][] _takes = [.. catalog.Metrics.Select(m => Enum.GetValues<Unit>().Select(u => m.Units.Contains(u)).ToArray())];

    // Each unit's metric when no cue stands near: the same for every figure, so chosen once, not by a sort per figure.
    private readonly Dictionary<Unit, MetricDefinition?> _defaults = Enum.GetValues<Unit>().ToDictionary(u => u, u => DefaultOf(catalog, u));

    private readonly (string Word, StringComparison Comparison)[] _declines = [.. catalog.DeclineWords.Select(w => (w, WordList.IgnoringCase(w)))];

    /// <summary>The metric of the figure at <paramref name="place"/>, and whether a cue chose it (else it is its unit's default).</summary>
    public Classified Classify(FigurePlace place)
    {
        var m = place.Mention;
        var classified = Classify(place.Unit, place.In.MeasureHits, m.Start, m.End, place.NumberEnd, place.Clause.Start, place.Clause.End);
        return ReferenceEquals(classified.Metric, _defaults[place.Unit]) && OfMeasureWord(m.MeasureWord) is { } measured
            ? new Classified(measured, Cued: true)
            : classified;
    }

    // Each metric's words of measure with the metric, longest first (「千瓦时」 before 「千瓦」).
    private readonly (string Word, MetricDefinition Metric)[] _measureWords = [.. catalog.Metrics
        .SelectMany(d => d.DefaultForWords.Select(w => (Word: w, Metric: d))).OrderByDescending(x => x.Word.Length)];

    // 「装机容量720兆瓦」 "1.97 billion kWh", 「规划面积11.58平方公里」: the word of measure the figure ends with (a scale may stand
    // before it: 「亿千瓦时」, "billion kWh"; a letter may not: "kilometres" is no "metres") chooses its metric over the unit's
    // default (a count).
    private MetricDefinition? OfMeasureWord(string? word)
    {
        if (word is null)
        {
            return null;
        }

        // The catalogue's words are simplified (「千瓦時」 is 「千瓦时」).
        word = HanScript.ToSimplified(word);
        // The word names the metric whatever units its cues take: a multiple (增长1.6倍, "rose fourfold") is a growth
        // rate, though no growth word near a count in `other` makes one.
        foreach (var (measure, metric) in _measureWords)
        {
            if (word.EndsWith(measure, StringComparison.OrdinalIgnoreCase) && (word.Length == measure.Length || !char.IsAsciiLetter(word[^(measure.Length + 1)])))
            {
                return metric;
            }
        }

        return null;
    }

    /// <param name="Cued">A cue word near the figure chose it; false: no cue stood near, it is the unit's default.</param>
    internal readonly record struct Classified(MetricDefinition Metric, bool Cued);

    /// <summary>
    /// The metric once the figure's meaning is known, where the sentence's words had left it to the unit's default or
    /// contradicted the meaning (one meaning core: the metric and the indicator say the same thing):
    /// <list type="number">
    /// <item>a metric its cue chose that settles another aggregation gives way to the one settling the figure's
    /// (measures.json settles_aggregation): a share the words near it took for a growth rate is a percentage (MEANING.md: a growth rate
    /// is a change, never a share);</item>
    /// <item>a realised figure left to its unit's default takes the metric settling its aggregation ("14% more than in
    /// 2021", "| +114% |": a growth rate); a modelled one states the size of an effect (「可使贸易成本降低1.8%」) and keeps
    /// the default;</item>
    /// <item>any other figure left to its unit's default takes the metric its indicator's head names, the catalogue's word that
    /// ends last in the label (对非洲能源部门贷款承诺额 → 贷款 → loans and financing; 与共建国家进出口总额 → trade volume),
    /// when that metric takes its unit.</item>
    /// </list>
    /// </summary>
    public MetricDefinition Settle(Classified classified, Unit unit, FigureMeaning meaning)
    {
        var (metric, byDefault) = (classified.Metric, !classified.Cued);
        if (_settling[(int)meaning.Aggregation][(int)unit] is { } settling && !ReferenceEquals(settling, metric)
            && (byDefault ? meaning.Nature == Nature.Actual : metric.SettlesAggregation is { } other && other != meaning.Aggregation))
        {
            return settling;
        }

        return byDefault ? OfLabel(meaning.Indicator, unit) ?? metric : metric;
    }

    // The first metric in catalogue order that settles an aggregation and takes a unit, by aggregation and unit: the
    // same for every figure, so looked up once.
    private readonly MetricDefinition?[][] _settling = [.. Enum.GetValues<Aggregation>().Select(a => Enum.GetValues<Unit>()
        .Select(u => catalog.Metrics.FirstOrDefault(m => m.SettlesAggregation == a && m.Units.Contains(u))).ToArray())];

    // A label's hits, one list a thread (the extractor reads documents on every core): nothing made per figure.
    [ThreadStatic]
    private static List<MeasureHit>? t_labelHits;

    // The metric the last-ending catalogue word of a label chooses (a Chinese label's head is its end), if it takes the unit.
    private MetricDefinition? OfLabel(string label, Unit unit)
    {
        var hits = t_labelHits ??= [];
        hits.Clear();
        catalog.Words.FindAll(label, 0, label.Length, hits);
        var (best, bestEnd, bestLength) = (-1, -1, 0);
        foreach (var hit in hits)
        {
            foreach (var metric in catalog.Words[hit.Word].Metrics)
            {
                if (_takes[metric][(int)unit] && (hit.End > bestEnd || (hit.End == bestEnd && hit.End - hit.Start > bestLength)))
                {
                    (best, bestEnd, bestLength) = (metric, hit.End, hit.End - hit.Start);
                }
            }
        }

        return best < 0 ? null : catalog.Metrics[best];
    }

    /// <summary>True when a decline word stands just before the figure at <paramref name="place"/>.</summary>
    public bool IsDecline(FigurePlace place) =>
        IsDecline(place.In.SentenceText, place.Mention.Start - place.Sentence.Start);

    /// <summary>The metric of a figure in a text that is one sentence (tests): its offsets in <paramref name="text"/>.</summary>
    internal MetricDefinition Classify(Unit unit, string text, int figureStart, int figureEnd, int clauseStart, int clauseEnd, int? numberEnd = null)
    {
        var hits = new List<MeasureHit>();
        catalog.Words.FindAll(text, 0, text.Length, hits);
        return Classify(unit, hits, figureStart, figureEnd, numberEnd ?? figureEnd, clauseStart, clauseEnd).Metric;
    }

    // Every hit is a cue of the metrics its word chooses: before the figure anywhere in the sentence, after the numeral
    // inside the figure itself (「21个自贸协定」) or later in its clause. Each metric keeps its nearest.
    private Classified Classify(Unit unit, IReadOnlyList<MeasureHit> hits, int figureStart, int figureEnd, int numberEnd, int clauseStart, int clauseEnd)
    {
        var metrics = catalog.Metrics;
        Span<int> nearest = metrics.Count <= 64 ? stackalloc int[metrics.Count] : new int[metrics.Count];
        nearest.Fill(int.MaxValue);
        var limit = Math.Max(clauseEnd, figureEnd);
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            var distance = hit.End <= figureStart ? figureStart - hit.End + (hit.Start < clauseStart ? OtherClausePenalty : 0)
                : hit.Start >= numberEnd && hit.End <= limit ? Math.Max(0, hit.Start - figureEnd) + AfterPenalty
                : int.MaxValue;
            foreach (var metric in catalog.Words[hit.Word].Metrics)
            {
                if (distance < nearest[metric] && _takes[metric][(int)unit])
                {
                    nearest[metric] = distance;
                }
            }
        }

        MetricDefinition? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < metrics.Count; i++)
        {
            var metric = metrics[i];
            if (_takes[i][(int)unit] && (nearest[i] < bestDistance || (nearest[i] == bestDistance && best is not null && metric.Priority > best.Priority)))
            {
                best = metric;
                bestDistance = nearest[i];
            }
        }

        if (best is not null && bestDistance < int.MaxValue)
        {
            return new Classified(best, Cued: true);
        }

        return new Classified((_defaults.TryGetValue(unit, out var byDefault) ? byDefault : DefaultOf(catalog, unit))
            ?? throw new InvalidOperationException($"The metric catalogue has no metric for unit '{unit.Code()}' and no '{MetricCode.Other}'."), Cued: false);
    }

    private static MetricDefinition? DefaultOf(MetricCatalog catalog, Unit unit) =>
        catalog.Metrics.Where(m => m.DefaultFor.Contains(unit)).OrderByDescending(m => m.Priority).FirstOrDefault()
        ?? catalog.Metrics.FirstOrDefault(m => m.Code == MetricCode.Other);

    /// <summary>True when a decline word (下降, fell…) stands just before the figure: the growth rate is negative.</summary>
    private static bool ReachedLevel(ReadOnlySpan<char> between) => between is "to" or "到" or "至";

    // How far before "by" the verb of a decline may stand: "cut the travel time between the two cities by 50 percent".
    private const int DeclineByReach = 48;

    /// <summary>
    /// "cut travel time by 50 percent", "reduced logistics costs by 30%": a decline verb, its object, then "by" right before
    /// the figure (in its clause): the figure is the size of the decline.
    /// </summary>
    public bool IsDeclineBy(FigurePlace place)
    {
        var text = place.In.SentenceText;
        var before = text.AsSpan(0, place.Mention.Start - place.Sentence.Start).TrimEnd();
        if (before.Length < 3 || !before.EndsWith("by", StringComparison.OrdinalIgnoreCase) || char.IsAsciiLetter(before[^3]))
        {
            return false;
        }

        var from = Math.Max(0, before.Length - 2 - DeclineByReach);
        var stop = before[from..^2].LastIndexOfAny(",;:");
        from = stop < 0 ? from : from + stop + 1;
        var span = before[from..^2];
        foreach (var (word, comparison) in _declines)
        {
            var at = span.LastIndexOf(word, comparison);
            if (at >= 0 && WordList.IsWholeWord(text, from + at, word.Length))
            {
                return true;
            }
        }

        return false;
    }

    internal bool IsDecline(string text, int figureStart)
    {
        var before = text.AsSpan(0, figureStart).TrimEnd();
        foreach (var (word, comparison) in _declines)
        {
            // Only the last occurrence is looked at, and it counts only within the window: so the window is all to search
            // (the whole sentence before the figure was searched once per figure and word).
            var from = Math.Max(0, before.Length - DeclineWindow - word.Length);
            var at = before[from..].LastIndexOf(word, comparison);
            // "energy fell to 10 percent": a fall to a value names the level reached, not a change.
            if (at >= 0 && WordList.IsWholeWord(text, from + at, word.Length) && !ReachedLevel(before[(from + at + word.Length)..].Trim()))
            {
                return true;
            }
        }

        return false;
    }
}
