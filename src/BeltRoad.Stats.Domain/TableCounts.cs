using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Domain;

/// <summary>
/// A table's counts that several outputs report: facts per document (run.json, the published manifest, the report),
/// facts per metric (run.json, the terminal summary) and skipped mentions per reason (run.json, the digest, the page).
/// Each is counted once per table instance, as <see cref="DocumentRuns"/> finds its runs: a large corpus has 200,000
/// facts and 660,000 skipped mentions, and each reader counted them anew.
/// </summary>
public static class TableCounts
{
    private static readonly ConditionalWeakTable<FactTable, IReadOnlyDictionary<string, int>> FactsByDocumentOf = new();
    private static readonly ConditionalWeakTable<FactTable, IReadOnlyDictionary<string, int>> FactsByMetricOf = new();
    private static readonly ConditionalWeakTable<FactTable, IReadOnlyDictionary<string, int>> SkippedByReasonOf = new();

    /// <summary>The number of <paramref name="table"/>'s facts of each document (a document without facts is absent), counted once per table by its runs.</summary>
    public static IReadOnlyDictionary<string, int> FactsByDocument(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FactsByDocumentOf.GetValue(table, static t =>
        {
            // By the table's runs: a lookup per document, not per fact (a list not sorted by document adds up its runs).
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (doc, _, count) in DocumentRuns.Of(t))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, doc, out _) += count;
            }

            return counts;
        });
    }

    /// <summary>The number of <paramref name="table"/>'s facts of each metric code, counted once per table.</summary>
    public static IReadOnlyDictionary<string, int> FactsByMetric(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FactsByMetricOf.GetValue(table, static t => ByKey(t.Facts, static f => f.Metric.Value));
    }

    /// <summary>The number of <paramref name="table"/>'s skipped mentions for each reason, counted once per table.</summary>
    public static IReadOnlyDictionary<string, int> SkippedByReason(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return SkippedByReasonOf.GetValue(table, static t => ByKey(t.Skipped, static s => s.Reason));
    }

    private static Dictionary<string, int> ByKey<T>(IReadOnlyList<T> rows, Func<T, string> key)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var (current, count) = ((string?)null, 0);
        foreach (var row in rows)
        {
            // Neighbouring rows mostly share their label's string (a document's mentions their reason, a sentence's facts
            // their metric; a cached run shares it across documents): a label is hashed when it changes, not per row.
            var label = key(row);
            if (!ReferenceEquals(label, current))
            {
                Add(counts, current, count);
                (current, count) = (label, 0);
            }

            count++;
        }

        Add(counts, current, count);
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string? label, int count)
    {
        if (label is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, label, out _) += count;
        }
    }
}
