using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// run.json's counts of the table, each list walked once: occurrences in one pass over the facts; facts per document,
/// per metric and skipped mentions per reason as the manifest, the summary and the report count them
/// (<see cref="TableCounts"/>, once per table). Grouping them (LINQ's GroupBy keeps every
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
        var perDocument = TableCounts.FactsByDocument(table);

        long occurrences = 0;
        foreach (var fact in table.Facts)
        {
            occurrences += fact.OccurrenceCount;
        }

        return new RunReportCounts(perDocument, occurrences, TableCounts.FactsByMetric(table), TableCounts.SkippedByReason(table));
    }
}
