using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Extraction.Metrics;

/// <summary>
/// Every cue word of the measure catalogue, compiled for one scan: a sentence is read once for all of them (each place
/// each word stands, overlapping ones too), and the metric and the indicator label of its figures are both chosen from
/// those hits. A word starting with a Latin letter matches without case and only as a whole word; any other exactly.
/// Indexed by first character, so the scan only stops where a word may start.
/// </summary>
internal sealed class MeasureWords
{
    private static readonly int UnitCount = Enum.GetValues<Unit>().Max(u => (int)u) + 1;

    private readonly MeasureWord[] _words;
    // A word listed only as a measure's near cue ('types'): the words one of which the scanned text must hold for it to count.
    private readonly WordList?[] _near;
    // Each first character's words (indices), longest first; a Latin one under its lower case.
    private readonly CharMap<int[]> _byFirst;
    private readonly CharStarts _firsts;

    public MeasureWords(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<Measure> measures)
    {
        // One entry per word (a Latin one whatever its case), with every metric it chooses and the first label per unit.
        var index = new Dictionary<string, (List<int> Metrics, string?[] Labels, string Text)>(StringComparer.Ordinal);
        foreach (var measure in measures)
        {
            var metric = measure.Metric is { } code ? IndexOf(metrics, code) : -1;
            foreach (var (word, choosesMetric) in measure.Words)
            {
                var key = char.IsAsciiLetter(word[0]) ? word.ToLowerInvariant() : word;
                if (!index.TryGetValue(key, out var entry))
                {
                    index[key] = entry = ([], new string?[UnitCount], word);
                }

                if (choosesMetric && !entry.Metrics.Contains(metric))
                {
                    entry.Metrics.Add(metric);
                }

                if (measure.Label is { } label)
                {
                    foreach (var unit in measure.Units)
                    {
                        entry.Labels[(int)unit] ??= label;
                    }
                }
            }
        }

        _words = [.. index.Values.Select(e => new MeasureWord(e.Text, [.. e.Metrics.Order()], e.Labels))];
        _near = [.. index.Keys.Select(key => Near(measures, key))];
        var byFirst = Enumerable.Range(0, _words.Length).GroupBy(i => Folded(_words[i].Text[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => _words[i].Text.Length).ToArray());
        _byFirst = new CharMap<int[]>(byFirst);
        _firsts = new CharStarts(byFirst.Keys.SelectMany(c => char.IsAsciiLetter(c) ? [c, char.ToUpperInvariant(c)] : new[] { c }));
    }

    public MeasureWord this[int word] => _words[word];

    // The near words a cue needs: none where any measure lists it as a plain cue or label word.
    private static WordList? Near(IReadOnlyList<Measure> measures, string key)
    {
        static bool Is(string word, string key) => string.Equals(word, key, StringComparison.OrdinalIgnoreCase);
        if (measures.Any(m => m.Cues.Any(w => Is(w, key)) || m.LabelOnly.Any(w => Is(w, key))))
        {
            return null;
        }

        var near = measures.Where(m => m.NearCues.Any(w => Is(w, key))).SelectMany(m => m.Near).ToList();
        return near.Count > 0 ? new WordList(near) : null;
    }

    /// <summary>
    /// The indicator labels the words of <paramref name="text"/> name (a word inside a longer one found there aside):
    /// 「非金融类对外直接投资」 names 非金融类直接投资.
    /// </summary>
    public HashSet<string> LabelsIn(string text)
    {
        var hits = new List<MeasureHit>();
        FindAll(text, 0, text.Length, hits);
        return [.. hits.Where(h => !hits.Any(o => o.Start <= h.Start && o.End >= h.End && o.End - o.Start > h.End - h.Start))
            .SelectMany(h => _words[h.Word].Labels)];
    }

    /// <summary>Adds every place in the sentence [<paramref name="start"/>, <paramref name="end"/>) where a word stands, by start, longest first at each.</summary>
    public void FindAll(string text, int start, int end, List<MeasureHit> into)
    {
        for (var i = _firsts.Next(text, start, end); i >= 0; i = _firsts.Next(text, i + 1, end))
        {
            // A Latin word needs a word's edge before it (the sentence's start is one).
            var latin = char.IsAsciiLetter(text[i]);
            if ((latin && i > start && char.IsAsciiLetter(text[i - 1])) || !_byFirst.TryGetValue(Folded(text[i]), out var candidates))
            {
                continue;
            }

            foreach (var w in candidates)
            {
                var word = _words[w].Text;
                var wordEnd = i + word.Length;
                if (wordEnd <= end && Matches(text, i, word, latin) && (!latin || wordEnd == end || !char.IsAsciiLetter(text[wordEnd]))
                    && (_near[w] is not { } near || near.Any(text, start, end)))
                {
                    into.Add(new MeasureHit(i, wordEnd, w, !latin || WordList.IsWholeWord(text, i, word.Length)));
                }
            }
        }
    }

    private static bool Matches(string text, int at, string word, bool latin) =>
        latin ? text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) : text.AsSpan(at, word.Length).SequenceEqual(word);

    private static char Folded(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static int IndexOf(IReadOnlyList<MetricDefinition> metrics, MetricCode code)
    {
        for (var k = 0; k < metrics.Count; k++)
        {
            if (metrics[k].Code == code)
            {
                return k;
            }
        }

        throw new FormatException($"a measure names the metric '{code.Value}', which the catalogue does not have");
    }
}
