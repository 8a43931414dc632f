using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// What a run keeps of its fact table once the facts are in facts.sqlite: the table without its facts (documents,
/// findings, skipped mentions, issues) and the counts of its facts the run's account, the manifest, the run history
/// and the summary report. The facts themselves are read back from the store where they are needed again.
/// </summary>
public sealed record TableAccount(
    FactTable Listing,
    int Facts,
    IReadOnlyDictionary<string, int> FactsByDocument,
    IReadOnlyDictionary<string, int> FactsByMetric)
{
    /// <summary>Nothing extracted yet.</summary>
    public static TableAccount Empty { get; } = Of(FactTable.Empty);

    /// <summary>The account of <paramref name="table"/>, its counts taken now (<see cref="TableCounts"/>).</summary>
    public static TableAccount Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(table with { Facts = [] }, table.Facts.Count, TableCounts.FactsByDocument(table), TableCounts.FactsByMetric(table));
    }
}
