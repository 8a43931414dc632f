using System.Runtime.CompilerServices;

namespace BeltRoad.Stats.Domain;

/// <summary>The runs of consecutive facts of one document in a fact list: one run per document when the list is sorted by document, as a fact table is.</summary>
public static class DocumentRuns
{
    // By table instance (a table never changes; a copy made with `with` is another instance).
    private static readonly ConditionalWeakTable<FactTable, (string Doc, int First, int Count)[]> OfTable = new();

    /// <summary>Each run's document, the index of its first fact and its number of facts, in the list's order.</summary>
    public static IEnumerable<(string Doc, int First, int Count)> Of(IReadOnlyList<Fact> facts) => Of(facts, f => f.Doc);

    /// <summary>
    /// The runs of <paramref name="table"/>'s facts, found once per table: the fact files, the run store, run.json and the
    /// report each need them, and each walk reads every fact (at 100 MB, eight walks of 200,000 facts were ~60 ms).
    /// </summary>
    public static IReadOnlyList<(string Doc, int First, int Count)> Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return OfTable.GetValue(table, static t => [.. Of(t.Facts)]);
    }

    /// <summary>
    /// The rows of the <paramref name="runs"/> (of <paramref name="rows"/>) whose document <paramref name="takes"/>, in
    /// order: a document is asked about once per run, not once per row.
    /// </summary>
    public static IEnumerable<T> RowsOf<T>(IReadOnlyList<T> rows, IEnumerable<(string Doc, int First, int Count)> runs, Func<string, bool> takes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(takes);
        return runs.Where(run => takes(run.Doc)).SelectMany(run => Enumerable.Range(run.First, run.Count).Select(i => rows[i]));
    }

    /// <summary>The same for any rows naming their document (a table's skipped mentions are sorted by document too).</summary>
    public static IEnumerable<(string Doc, int First, int Count)> Of<T>(IReadOnlyList<T> rows, Func<T, string> doc)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(doc);
        for (var first = 0; first < rows.Count;)
        {
            var name = doc(rows[first]);
            var end = first + 1;
            while (end < rows.Count && string.Equals(doc(rows[end]), name, StringComparison.Ordinal))
            {
                end++;
            }

            yield return (name, first, end - first);
            first = end;
        }
    }
}
