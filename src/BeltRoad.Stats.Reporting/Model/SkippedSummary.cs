using System.Runtime.InteropServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// The skipped mentions as the data-quality sections report them: a count per reason, and a few examples per reason,
/// each the first mention of its text in document order (name, then span). A large corpus skips hundreds of thousands
/// of mentions: one pass over them, never a sort of all.
/// </summary>
internal static class SkippedSummary
{
    public const int ExamplesPerReason = 3;
    public const int MaxExamples = 12;

    /// <summary>The reasons by count, most first (then by name), from the counts run.json reports too.</summary>
    public static IReadOnlyList<(string Reason, int Count)> ByReason(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.Select(c => (c.Key, c.Value)).OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>
    /// Per reason, in the order its first mention comes, the first <see cref="ExamplesPerReason"/> distinct texts in
    /// document order; at most <see cref="MaxExamples"/> in all. Mentions at one place keep the table's order.
    /// </summary>
    public static IReadOnlyList<SkippedMention> Examples(IEnumerable<SkippedMention> skipped)
    {
        // Per reason (a handful, in first-seen order), its texts: ordinal string keys hash several times faster than pairs.
        var reasons = new Dictionary<string, Dictionary<string, (SkippedMention Mention, int Index)>>(StringComparer.Ordinal);
        string? lastReason = null;
        Dictionary<string, (SkippedMention Mention, int Index)> first = [];
        var i = -1;
        foreach (var s in skipped)
        {
            i++;
            if (!ReferenceEquals(s.Reason, lastReason))
            {
                lastReason = s.Reason;
                first = reasons.TryGetValue(s.Reason, out var texts) ? texts : reasons[s.Reason] = new(StringComparer.Ordinal);
            }

            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(first, s.Text, out var exists);
            if (!exists || Compare((s, i), seen) < 0)
            {
                seen = (s, i);
            }
        }

        var comparer = Comparer<(SkippedMention Mention, int Index)>.Create(Compare);
        return [.. reasons.Values
            .Select(g => g.Values.Order(comparer).Take(ExamplesPerReason).ToList())
            .OrderBy(g => g[0], comparer)
            .SelectMany(g => g.Select(m => m.Mention))
            .Take(MaxExamples)];
    }

    private static int Compare((SkippedMention Mention, int Index) a, (SkippedMention Mention, int Index) b)
    {
        var c = string.CompareOrdinal(a.Mention.Doc, b.Mention.Doc);
        c = c != 0 ? c : a.Mention.Span.CompareTo(b.Mention.Span);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    }
}
