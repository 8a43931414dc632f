using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Writes the inputs' account (<c>history/inputs.json</c>) and run.json last, then publishes the complete staging folder in one move.</summary>
internal sealed class PublishStep(IReportPublisher publisher, TimeProvider clock) : IRunStep
{
    public string Name => "publish";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var status = context.Table.Issues.Any(i => i.Severity == Domain.Severity.Failure) ? RunStatus.PartiallyFailed : RunStatus.Succeeded;
        PublishedManifestOf.Run(context).Write(PublishedManifest.PathIn(context.StagingDirectory));
        RunReportWriter.Write(Path.Combine(context.StagingDirectory, OutputFiles.RunJson), context, status, clock.GetUtcNow());
        publisher.Publish(context.StagingDirectory, context.Options.OutputDirectory, context.RunId, context.Settings.HistoryToKeep);
        context.Logger.LogInformation("Published run {RunId} to {Output}", context.RunId, context.Options.OutputDirectory);
        return ValueTask.CompletedTask;
    }
}
