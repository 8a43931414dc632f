using BeltRoad.Stats.Extraction.Facts;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Recognises figures and builds the deduplicated fact table with cross-document findings.</summary>
internal sealed class ExtractFactsStep : IRunStep
{
    public string Name => "extract";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        context.Table = new FactTableBuilder(new FactExtractor(context.Catalog, context.Entities)).Build(context.Load, cancellationToken);
        context.Logger.LogInformation(
            "Extracted {Facts} facts ({Findings} cross-document findings, {Skipped} mentions skipped)",
            context.Table.Facts.Count, context.Table.Findings.Count, context.Table.Skipped.Count);
        return ValueTask.CompletedTask;
    }
}
