using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Waits for the run store's content (stored during the reports, see <see cref="WriteFactTableStep"/>: the run's row goes
/// in just before the swap and names it after), writes the set's account of itself (<c>history/manifest.json</c>) and
/// run.json last, then publishes the complete staging folder in one move.
/// </summary>
internal sealed class PublishStep(IReportPublisher publisher, TimeProvider clock) : IRunStep
{
    public string Name => "publish";

    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (context.RunStore is { } store)
        {
            await store.ContentStoredAsync().ConfigureAwait(false);
        }

        // The run log's row is what run.json says, made from the same values (it was read back from the file: 10 MB at 100 MB).
        var finished = clock.GetUtcNow();
        var run = RunHistory.Current(context, finished) with { Message = "published" };
        PublishedManifestOf.Run(context).Write(PublishedManifest.PathIn(context.StagingDirectory));
        RunReportWriter.Write(Path.Combine(context.StagingDirectory, OutputFiles.RunJson), context, run.Status, finished);
        publisher.Publish(context.StagingDirectory, context.Options.OutputDirectory, run, context.Settings.HistoryToKeep);
        context.Logger.LogInformation("Published run {RunId} to {Output}", context.RunId, context.Options.OutputDirectory);
    }
}
