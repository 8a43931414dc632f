using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Domain;

/// <summary>How many mentions were skipped for each reason: the one count the digest, the page and run.json report.</summary>
public static class SkippedCounts
{
    // By table instance, as DocumentRuns: the report and run.json each counted a large corpus's 660,000 mentions.
    private static readonly ConditionalWeakTable<FactTable, IReadOnlyDictionary<string, int>> OfTable = new();

    /// <summary>The counts for <paramref name="table"/>'s skipped mentions, counted once per table.</summary>
    public static IReadOnlyDictionary<string, int> ByReason(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return OfTable.GetValue(table, static t => ByReason(t.Skipped));
    }

    /// <summary>The counts for any list of skipped mentions.</summary>
    public static Dictionary<string, int> ByReason(IReadOnlyList<SkippedMention> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var (reason, count) = ((string?)null, 0);
        foreach (var s in skipped)
        {
            // A document's mentions mostly share their reason's string (a cached run shares it across documents): a
            // reason is hashed when it changes, not for every mention.
            if (!ReferenceEquals(s.Reason, reason))
            {
                Add(counts, reason, count);
                (reason, count) = (s.Reason, 0);
            }

            count++;
        }

        Add(counts, reason, count);
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string? reason, int count)
    {
        if (reason is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, reason, out _) += count;
        }
    }
}
