using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Compares the new fact table with the published one, so the digest and run.json can say what changed. The previous
/// facts are read from the published facts.sqlite by SQL, never parsed from an export. A document with the same
/// extraction key and fact count as in the published run has the same facts, so when the published set says which
/// documents it held with which keys (<see cref="PublishedManifest"/>), only the others' previous facts are read (by
/// the index on doc); otherwise, or when that fails, every previous fact is streamed, one at a time.
/// </summary>
internal sealed class CompareWithPreviousStep : IRunStep
{
    public string Name => "compare";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var previous = Path.Combine(context.Options.OutputDirectory, OutputFiles.FactsSqlite);
        var previousRun = Path.Combine(context.Options.OutputDirectory, OutputFiles.RunJson);
        if (!File.Exists(previous))
        {
            return ValueTask.CompletedTask;
        }

        try
        {
            var previousId = RunReportReader.TryReadRunId(previousRun) ?? "previous";
            context.Changes = OnlyChangedDocuments(context, previous, previousId)
                ?? FactChanges.Between(previousId, FactStore.StreamFacts(previous), context.Table.Facts);
            context.Logger.LogInformation(
                "Compared with run {Previous}: {Added} added, {Removed} removed, {Changed} changed",
                previousId, context.Changes.Count(FactChangeKind.Added), context.Changes.Count(FactChangeKind.Removed), context.Changes.Count(FactChangeKind.Changed));
        }
        catch (Exception e) when (Unreadable(e))
        {
            // A damaged previous export must not stop a new run; it only means no comparison.
            context.Logger.LogWarning("Could not read the previous {File} for comparison: {Message}", previous, e.Message);
        }

        return ValueTask.CompletedTask;
    }

    // Null when the published set cannot say which documents changed, or facts.sqlite does not hold what its account says.
    private static FactChanges? OnlyChangedDocuments(RunContext context, string factsSqlite, string previousId)
    {
        if (context.PublishedManifest is not { } published || published.RunId != previousId)
        {
            return null;
        }

        var changed = PublishedDocuments.Changed(published.Documents, PublishedManifestOf.Documents(context));
        try
        {
            var before = FactStore.FactsOf(factsSqlite, changed
                .Where(published.Documents.ContainsKey)
                .Order(StringComparer.Ordinal)
                .Select(doc => (doc, published.Documents[doc].Facts)));
            context.Logger.LogDebug("Comparing the facts of {Changed} changed document(s); the others' keys are unchanged", changed.Count);
            // The changed documents' facts by their runs in the table (found once per table): asking the set of each of
            // 200,000 facts was most of this step on a +1 run.
            return FactChanges.Between(previousId, before, [.. DocumentRuns.RowsOf(context.Table.Facts, DocumentRuns.Of(context.Table), changed.Contains)]);
        }
        catch (Exception e) when (Unreadable(e))
        {
            context.Logger.LogWarning("Could not read the changed documents' facts in {File} ({Message}); reading it whole", factsSqlite, e.Message);
            return null;
        }
    }

    // What a damaged or foreign previous facts.sqlite throws: the same list whether some documents or all are read.
    private static bool Unreadable(Exception e) => e is IOException or FormatException or System.Data.Common.DbException or InvalidOperationException;
}
