using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// run.json's counts of the table, each list walked once: facts per document, occurrences and facts per metric in one
/// pass over the facts; skipped mentions per reason as the report counts them (<see cref="SkippedCounts"/>, once per table). Grouping them (LINQ's GroupBy keeps every
/// element of every group) was most of run.json's body at 100 MB: 660,000 skipped mentions copied into growing arrays.
/// </summary>
internal sealed class RunReportCounts
{
    private RunReportCounts(IReadOnlyDictionary<string, int> factsPerDocument, long occurrences, IReadOnlyDictionary<string, int> factsByMetric, IReadOnlyDictionary<string, int> skippedByReason)
    {
        FactsPerDocument = factsPerDocument;
        Occurrences = occurrences;
        FactsByMetric = factsByMetric;
        SkippedByReason = skippedByReason;
    }

    public IReadOnlyDictionary<string, int> FactsPerDocument { get; }

    /// <summary>The facts' recorded occurrences, summed.</summary>
    public long Occurrences { get; }

    public IReadOnlyDictionary<string, int> FactsByMetric { get; }

    public IReadOnlyDictionary<string, int> SkippedByReason { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per run over 200,000 facts: tier 0 and OSR cost more than compiling it
    public static RunReportCounts Of(FactTable table)
    {
        var perDocument = DocumentRuns.Counts(DocumentRuns.Of(table));

        long occurrences = 0;
        var byMetric = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in table.Facts)
        {
            occurrences += fact.Occurrences.Count;
            CollectionsMarshal.GetValueRefOrAddDefault(byMetric, fact.Metric.Value, out _)++;
        }

        return new RunReportCounts(perDocument, occurrences, byMetric, SkippedCounts.ByReason(table));
    }
}
