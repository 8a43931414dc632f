using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Compares the new fact table with the published one, so the digest and run.json can say what changed. A document
/// with the same extraction key and fact count as in the published run has the same facts, so when the published set
/// says which documents it held with which keys (<see cref="PublishedManifest"/>), only the others' previous facts are
/// read (sought in facts.json); otherwise, or when that fails, the whole previous facts.json is streamed.
/// </summary>
internal sealed class CompareWithPreviousStep : IRunStep
{
    // More changed documents than this are cheaper to stream than to seek one by one.
    internal const int MostSought = 256;

    public string Name => "compare";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var previous = Path.Combine(context.Options.OutputDirectory, OutputFiles.FactsJson);
        var previousRun = Path.Combine(context.Options.OutputDirectory, OutputFiles.RunJson);
        if (!File.Exists(previous))
        {
            return ValueTask.CompletedTask;
        }

        try
        {
            var previousId = RunReportReader.TryReadRunId(previousRun) ?? "previous";
            context.Changes = OnlyChangedDocuments(context, previous, previousId)
                ?? FactChanges.Between(previousId, FactsJsonReader.StreamFacts(previous), context.Table.Facts);
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

    // Null when the published set cannot say which documents changed, or the sought facts are not where they should be.
    private static FactChanges? OnlyChangedDocuments(RunContext context, string factsJson, string previousId)
    {
        if (context.PublishedManifest is not { } published || published.RunId != previousId)
        {
            return null;
        }

        var changed = PublishedDocuments.Changed(published.Documents, PublishedManifestOf.Documents(context));
        if (changed.Count > MostSought)
        {
            return null;
        }

        try
        {
            var before = FactsJsonReader.FactsOf(factsJson, changed
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
            context.Logger.LogWarning("Could not seek the changed documents' facts in {File} ({Message}); reading it whole", factsJson, e.Message);
            return null;
        }
    }

    // What a damaged or foreign previous export throws: the same list whether it is sought in or read whole.
    private static bool Unreadable(Exception e) => e is IOException or FormatException or System.Text.Json.JsonException or InvalidOperationException;
}
