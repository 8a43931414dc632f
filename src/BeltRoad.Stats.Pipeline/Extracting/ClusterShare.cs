using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// One node's part in a run whose documents are shared out in the PostgreSQL store (<see cref="ExtractionQueue"/>):
/// workers that claim a few documents at a time, extract them and mark each done with its entry, until none is left
/// to claim. The node the run is on also waits until every document is done (another node's claim may still be out,
/// and is taken over when its lease runs out), keeping the run open meanwhile; it enqueues the documents first and
/// closes the queue at the end.
/// </summary>
/// <param name="settings">The hash of what decides an extraction besides the document (<c>InputFingerprint.SettingsLines</c>): only nodes with the same help.</param>
/// <param name="staging">The run's staging folder relative to the output folder, where helpers write the documents' texts.</param>
internal sealed class ClusterShare(ExtractionQueue queue, string runId, string node, string settings = "", string staging = "")
{
    /// <summary>Documents a worker claims at once: few, so the last ones spread over the nodes; one round trip each.</summary>
    public const int Batch = 4;

    /// <summary>How long a claim holds without news from its node (renewed at every document it completes).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(10);

    /// <summary>How long a run stays open without news from its node (renewed every third of it while it runs).</summary>
    public static readonly TimeSpan RunLease = TimeSpan.FromSeconds(30);

    // How often a node with nothing left to claim asks again whether every document is done.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public string RunId => runId;

    /// <summary>Opens the run with the documents to share out (the node the run is on).</summary>
    public void Enqueue(IReadOnlyList<QueuedDocument> documents)
    {
        queue.Enqueue(runId, node, settings, staging, documents, RunLease);
        _enqueued = true;
    }

    private bool _enqueued;

    /// <summary>The documents other nodes did (those at <paramref name="mine"/> this node did), with their entries, in listing order.</summary>
    public IEnumerable<FinishedDocument> DoneByOthers(IReadOnlySet<int> mine)
    {
        foreach (var document in queue.Finished(runId, mine))
        {
            _helpers[document.ExtractedBy] = _helpers.GetValueOrDefault(document.ExtractedBy) + 1;
            yield return document;
        }
    }

    /// <summary>How many documents each other node did, once <see cref="DoneByOthers"/> has been read.</summary>
    public IReadOnlyDictionary<string, int> Helpers => _helpers;

    private readonly SortedDictionary<string, int> _helpers = new(StringComparer.Ordinal);

    /// <summary>Closes the run's queue, when it was opened (the node the run is on, however the run ends).</summary>
    public void Close()
    {
        if (_enqueued)
        {
            queue.Close(runId);
        }
    }

    /// <summary>
    /// Works on the run with <paramref name="parallelism"/> workers, each giving a claimed document to
    /// <paramref name="extract"/> (which returns its entry, or null when it gave none) until nothing is left to claim;
    /// with <paramref name="untilAllDone"/>, then until every document is done, and the run is kept open meanwhile.
    /// Stopped (cancelled or failed), the node lets go of the claims it has not done, so others take them at once.
    /// </summary>
    public async Task WorkAsync(Func<QueuedDocument, CancellationToken, ValueTask<EncodedExtraction?>> extract, int parallelism, bool untilAllDone, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keepingOpen = untilAllDone ? Task.Run(() => KeepOpenAsync(stop.Token), CancellationToken.None) : Task.CompletedTask;
        try
        {
            var workers = Enumerable.Range(0, Math.Max(1, parallelism))
                .Select(_ => Task.Run(() => WorkerAsync(extract, untilAllDone, stop.Token), CancellationToken.None))
                .ToList();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            queue.Release(runId, node);
            throw;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await keepingOpen.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // stopped with the workers
            }
        }
    }

    private async Task WorkerAsync(Func<QueuedDocument, CancellationToken, ValueTask<EncodedExtraction?>> extract, bool untilAllDone, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = queue.Claim(runId, node, Batch, ClaimLease);
            if (batch.Count == 0)
            {
                if (!untilAllDone || queue.Pending(runId) == 0)
                {
                    return;
                }

                await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var entry = await extract(batch[i], cancellationToken).ConfigureAwait(false);
                queue.Complete(runId, batch[i], node, entry, [.. batch.Skip(i + 1)], ClaimLease);
            }
        }
    }

    private async Task KeepOpenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(RunLease / 3, cancellationToken).ConfigureAwait(false);
            if (!queue.KeepOpen(runId, RunLease))
            {
                throw new InvalidOperationException($"Run {runId}'s document queue was closed by another node (this node was silent for over {RunLease.TotalSeconds:0} s)");
            }
        }
    }
}
