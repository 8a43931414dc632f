using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;
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
        // The stage's table and what its writers and the report left are dead here but resident until a full collection,
        // and publish would allocate on top of them (at 1 GB of input it set the run's peak, ≈ 65 MB above the stage's).
        // Only after a decoding region: a scheduler's process keeps its last table and collects at its run's end.
        if (context.DecodingRegion is not null)
        {
            HeapCompaction.Now();
        }

        // The manifest holds no time and nothing of the run store, so it is written on the other core while this one
        // waits for the store (a fresh run's copy from facts.sqlite ends alone here) and writes run.json (≈ 0.1 s each at 100 MB).
        var manifest = Task.Run(() => PublishedManifestOf.Run(context).Write(PublishedManifest.PathIn(context.StagingDirectory)), cancellationToken);
        RunRecord run;
        try
        {
            if (context.RunStore is { } store)
            {
                await store.ContentStoredAsync().ConfigureAwait(false);
            }

            // The run log's row is what run.json says, made from the same values (it was read back from the file: 10 MB at 100 MB).
            var finished = clock.GetUtcNow();
            run = RunHistory.Current(context, finished) with { Message = "published" };
            RunReportWriter.Write(Path.Combine(context.StagingDirectory, OutputFiles.RunJson), context, run.Status, finished);
        }
        finally
        {
            // Never still writing into a staging folder that a failure is about to discard.
            await manifest.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await manifest.ConfigureAwait(false); // its failure, if it failed
        publisher.Publish(context.StagingDirectory, context.Options.OutputDirectory, run, context.Settings.HistoryToKeep);
        context.Logger.LogInformation("Published run {RunId} to {Output}", context.RunId, context.Options.OutputDirectory);
    }
}
