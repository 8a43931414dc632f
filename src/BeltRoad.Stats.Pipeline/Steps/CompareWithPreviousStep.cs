using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Compares the new fact table with the published one, so the digest and run.json can say what changed.</summary>
internal sealed class CompareWithPreviousStep : IRunStep
{
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
            var before = FactsJsonReader.StreamFacts(previous);
            var previousId = RunReportReader.TryReadRunId(previousRun) ?? "previous";
            context.Changes = FactChanges.Between(previousId, before, context.Table.Facts);
            context.Logger.LogInformation(
                "Compared with run {Previous}: {Added} added, {Removed} removed, {Changed} changed",
                previousId, context.Changes.Count(FactChangeKind.Added), context.Changes.Count(FactChangeKind.Removed), context.Changes.Count(FactChangeKind.Changed));
        }
        catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            // A damaged previous export must not stop a new run; it only means no comparison.
            context.Logger.LogWarning("Could not read the previous {File} for comparison: {Message}", previous, e.Message);
        }

        return ValueTask.CompletedTask;
    }
}
