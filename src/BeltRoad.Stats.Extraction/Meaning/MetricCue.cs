using System.Buffers;
using System.Collections.Concurrent;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A metric's cue word, how to compare it regardless of case, and, for a cue compared without case (a Latin one), every
/// character its first one equals so: a text without any of them cannot hold the cue, which a vectorised look tells
/// at once where the case-insensitive search is scalar (English cues in Chinese sentences, for every figure).
/// </summary>
internal sealed record MetricCue(string Cue, StringComparison Comparison, SearchValues<char>? Firsts)
{
    private static readonly ConcurrentDictionary<char, SearchValues<char>> EqualIgnoringCase = new();

    public static MetricCue Of(string cue)
    {
        var comparison = WordList.IgnoringCase(cue);
        return comparison == StringComparison.Ordinal || char.IsSurrogate(cue[0])
            ? new MetricCue(cue, comparison, null)
            : new MetricCue(cue, comparison, EqualIgnoringCase.GetOrAdd(cue[0], Equal));
    }

    /// <summary>False when the cue cannot stand anywhere in <paramref name="text"/>; true when it may.</summary>
    public bool MayStandIn(ReadOnlySpan<char> text) => Firsts is null || text.ContainsAny(Firsts);

    // Asked of the comparison itself, character by character, so the set is exactly what it takes for the first one.
    private static SearchValues<char> Equal(char first)
    {
        var equal = new List<char>();
        for (var c = (char)0; ; c++)
        {
            if (!char.IsSurrogate(c) && new ReadOnlySpan<char>(in c).Equals(new ReadOnlySpan<char>(in first), StringComparison.OrdinalIgnoreCase))
            {
                equal.Add(c);
            }

            if (c == char.MaxValue)
            {
                return SearchValues.Create([.. equal]);
            }
        }
    }
}
