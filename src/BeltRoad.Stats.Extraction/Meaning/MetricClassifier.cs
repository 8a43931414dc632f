using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Chooses a fact's metric: among the metrics that take its unit, the one whose cue word stands nearest
/// the figure in its sentence (cues after the figure count within the clause: 「972亿美元的项目合作协议」);
/// with no cue, the unit's default.
/// </summary>
internal sealed class MetricClassifier(MetricCatalog catalog)
{
    // A cue in an earlier clause of the sentence still counts, but loses to one in the figure's own clause.
    private const int OtherClausePenalty = 40;

    // A cue after the figure is weaker evidence than one before it ("…贷款余额达2.2万亿元" reads left to right).
    private const int AfterPenalty = 3;

    // 「下降了1.9%」「fell by 1.9 percent」: the decline word sits within a few characters of the figure.
    private const int DeclineWindow = 4;

    // Each metric's cues (in catalogue order) with how to compare them regardless of case, decided once.
    private readonly MetricCue[][] _cues = [.. catalog.Metrics.Select(m => m.Cues.Select(MetricCue.Of).ToArray())];

    // Each unit's metric when no cue stands near: the same for every figure, so chosen once, not by a sort per figure.
    private readonly Dictionary<Unit, MetricDefinition?> _defaults = Enum.GetValues<Unit>().ToDictionary(u => u, u => DefaultOf(catalog, u));

    private readonly (string Word, StringComparison Comparison)[] _declines = [.. catalog.DeclineWords.Select(w => (w, WordList.IgnoringCase(w)))];

    /// <summary>The metric of the figure at <paramref name="place"/>.</summary>
    public MetricDefinition Classify(FigurePlace place)
    {
        var (sentence, m) = (place.Sentence, place.Mention);
        return Classify(place.Unit, place.In.SentenceText, m.Start - sentence.Start, m.End - sentence.Start,
            place.Clause.Start - sentence.Start, place.Clause.End - sentence.Start, place.NumberEnd - sentence.Start);
    }

    /// <summary>True when a decline word stands just before the figure at <paramref name="place"/>.</summary>
    public bool IsDecline(FigurePlace place) =>
        IsDecline(place.In.SentenceText, place.Mention.Start - place.Sentence.Start);

    /// <param name="text">The sentence in simplified script, lower-cased for English.</param>
    /// <param name="figureStart">Figure span relative to <paramref name="text"/>.</param>
    /// <param name="clauseStart">Start of the figure's clause relative to <paramref name="text"/>.</param>
    /// <param name="clauseEnd">End of the figure's clause relative to <paramref name="text"/>.</param>
    /// <param name="numberEnd">End of the numeral: words after it inside the figure (「21个自贸协定」) are cues too. Defaults to <paramref name="figureEnd"/>.</param>
    internal MetricDefinition Classify(Unit unit, string text, int figureStart, int figureEnd, int clauseStart, int clauseEnd, int? numberEnd = null)
    {
        MetricDefinition? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < catalog.Metrics.Count; i++)
        {
            var metric = catalog.Metrics[i];
            if (!metric.Units.Contains(unit))
            {
                continue;
            }

            var distance = NearestCue(_cues[i], text, figureStart, figureEnd, numberEnd ?? figureEnd, clauseStart, clauseEnd);
            if (distance < bestDistance || (distance == bestDistance && best is not null && metric.Priority > best.Priority))
            {
                best = metric;
                bestDistance = distance;
            }
        }

        if (best is not null && bestDistance < int.MaxValue)
        {
            return best;
        }

        return (_defaults.TryGetValue(unit, out var byDefault) ? byDefault : DefaultOf(catalog, unit))
            ?? throw new InvalidOperationException($"The metric catalogue has no metric for unit '{unit.Code()}' and no '{MetricCode.Other}'.");
    }

    private static MetricDefinition? DefaultOf(MetricCatalog catalog, Unit unit) =>
        catalog.Metrics.Where(m => m.DefaultFor.Contains(unit)).OrderByDescending(m => m.Priority).FirstOrDefault()
        ?? catalog.Metrics.FirstOrDefault(m => m.Code == MetricCode.Other);

    /// <summary>True when a decline word (下降, fell…) stands just before the figure: the growth rate is negative.</summary>
    internal bool IsDecline(string text, int figureStart)
    {
        var before = text.AsSpan(0, figureStart).TrimEnd();
        foreach (var (word, comparison) in _declines)
        {
            // Only the last occurrence is looked at, and it counts only within the window: so the window is all to search
            // (the whole sentence before the figure was searched once per figure and word).
            var from = Math.Max(0, before.Length - DeclineWindow - word.Length);
            var at = before[from..].LastIndexOf(word, comparison);
            if (at >= 0 && WordList.IsWholeWord(text, from + at, word.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static int NearestCue(MetricCue[] cues, string text, int figureStart, int figureEnd, int numberEnd, int clauseStart, int clauseEnd)
    {
        var best = int.MaxValue;
        // Both searches below stay inside this stretch: a cue that cannot stand in it is not looked for.
        var searched = text.AsSpan(0, Math.Min(text.Length, Math.Max(clauseEnd, figureEnd)));
        foreach (var metricCue in cues)
        {
            var (cue, comparison) = (metricCue.Cue, metricCue.Comparison);
            if (!metricCue.MayStandIn(searched))
            {
                continue;
            }

            // Before the figure: anywhere earlier in the sentence, nearest occurrence.
            var before = text.LastIndexOf(cue, Math.Max(0, figureStart - 1), comparison);
            while (before >= 0 && (before + cue.Length > figureStart || !WordList.IsWholeWord(text, before, cue.Length)))
            {
                before = before == 0 ? -1 : text.LastIndexOf(cue, before - 1, comparison);
            }

            if (before >= 0)
            {
                var distance = figureStart - (before + cue.Length) + (before < clauseStart ? OtherClausePenalty : 0);
                best = Math.Min(best, distance);
            }

            // After the numeral: inside the figure itself or later in its clause (a cue ending further away does not count).
            var limit = Math.Max(clauseEnd, figureEnd);
            var after = IndexIn(text, cue, numberEnd, limit, comparison);
            while (after >= 0 && !WordList.IsWholeWord(text, after, cue.Length))
            {
                after = IndexIn(text, cue, after + 1, limit, comparison);
            }

            if (after >= 0)
            {
                best = Math.Min(best, Math.Max(0, after - figureEnd) + AfterPenalty);
            }
        }

        return best;
    }

    private static int IndexIn(string text, string cue, int from, int limit, StringComparison comparison) =>
        limit - from >= cue.Length ? text.IndexOf(cue, from, limit - from, comparison) : -1;
}
