using System.Collections.Frozen;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// What a cluster node does while another node's run is open in the PostgreSQL store: takes its share of the run's
/// documents (<see cref="ClusterShare"/>), reading them from its own input folder, writing their texts into the run's
/// staging folder (beside the shared output folder) and their entries into the store. It helps only a run whose
/// program and configuration hash as its own, and extracts only a document whose key its copy of the file gives
/// (another is marked done without an entry, and the run's node extracts it itself). Nothing here publishes or
/// takes the output lock: the run's node assembles and publishes.
/// </summary>
public sealed class ClusterHelper(RunOptions options, ILogger logger, TimeProvider clock) : IDisposable
{
    private readonly string _node = RunStart.ThisProcess;
    private ExtractionQueue? _queue;

    /// <summary>
    /// Helps the open run there is, if any, until none of its documents is left to claim; returns how many documents
    /// this node extracted (0 when there was no run to help, or no PostgreSQL store).
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The store cannot be reached.</exception>
    /// <exception cref="ConfigurationException">The configuration cannot be read.</exception>
    public async Task<int> HelpAsync(CancellationToken cancellationToken)
    {
        if (options.Store is not { Provider: StoreProvider.Postgres } store)
        {
            return 0;
        }

        _queue ??= ExtractionQueue.Connect(store.ConnectionString);
        if (!_queue.AnyOpen(_node))
        {
            return 0;
        }

        // Read afresh for each run helped, as a run reads them: a catalogue edited since is this run's.
        var context = new RunContext(options, "helper", clock.GetUtcNow(), logger);
        await new LoadSettingsStep().ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
        var listing = InputLister.List(options.InputDirectory, context.Settings.Inputs);
        var settings = InputFingerprint.SettingsLines(options, context.Settings, listing.Options, context.ProgramBuild);
        if (_queue.RunToHelp(_node, InputFingerprint.Hash(settings)) is not { } run)
        {
            return 0;
        }

        var staging = Path.GetFullPath(Path.Combine(options.OutputDirectory, run.Staging));
        if (!Directory.Exists(staging))
        {
            logger.LogWarning("Cannot help run {RunId}: its staging folder {Staging} is not there from this node (the output folder must be one folder every node mounts at the same path)", run.RunId, staging);
            return 0;
        }

        var byName = listing.Entries.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        var builder = new FactTableBuilder(new FactExtractor(context.Catalog, context.Entities));
        var (extracted, claimed) = (0, 0);
        await new ClusterShare(_queue, run.RunId, _node).WorkAsync(
            (document, ct) =>
            {
                if (Interlocked.Exchange(ref claimed, 1) == 0)
                {
                    logger.LogInformation("Helping run {RunId} with its documents", run.RunId); // said once it has a document: the run may have none left
                }

                if (!byName.TryGetValue(document.Doc, out var entry) || InputFingerprint.KeyOf(settings, listing, entry) != document.Key)
                {
                    return ValueTask.FromResult<EncodedExtraction?>(null); // not this node's copy of it: the run's node extracts it
                }

                var done = OneDocument.Extract(builder, listing, entry, staging, _ => null, ct);
                if (done.Entry is not null)
                {
                    Interlocked.Increment(ref extracted);
                }

                return ValueTask.FromResult(done.Entry);
            },
            options.Parallelism,
            untilAllDone: false,
            cancellationToken).ConfigureAwait(false);
        if (claimed > 0)
        {
            logger.LogInformation("Helped run {RunId}: extracted {Count} of its documents", run.RunId, extracted);
        }

        return extracted;
    }

    public void Dispose() => _queue?.Dispose();
}
