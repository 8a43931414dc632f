using System.Data.Common;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// One run's rows in the run store, written under the output lock: running at the start (after failing the runs a
/// dead process left running), then the outcome. Only the start may stop the run: a run that cannot be recorded
/// as running would vanish if it died; a run that cannot record its end has done its work and says so in the log.
/// A store another process holds (<see cref="SqliteBusy"/>, after <see cref="RunStores.BusyWait"/>) stops nothing: the
/// start goes unrecorded with a warning naming the store, and an end the store still refuses is kept in
/// <see cref="PendingRuns"/> for the next run to write.
/// </summary>
/// <param name="required">A configured store (<c>--store</c>) is the point of the run and must be reachable; the
/// default run log (<c>history/runs.sqlite</c>) is a record, and a broken one only costs a warning.</param>
/// <param name="pending">Where rows the store refuses wait for the next run; null keeps none.</param>
internal sealed class RunStoreLog(StoreSettings settings, bool required, ILogger logger, PendingRuns? pending = null)
{
    private IRunStore? _store;
    private Task<PublishedContent?>? _storing;

    // Another process held the store at the start: the content waits for the end rather than for another bounded wait.
    private bool _busy;

    /// <param name="during">What a run that died was doing, when known (<see cref="IRunStore.FailInterrupted"/>).</param>
    /// <returns>Null when recorded (or the store is busy: then the end is); else why the store could not be used, and the run does not start.</returns>
    /// <exception cref="ConfigurationException">The store's schema is newer than this program's.</exception>
    public string? Begin(RunRecord running, DateTimeOffset now, string during = "")
    {
        try
        {
            _store = RunStores.Open(settings);
            if (pending?.Replay(_store) is > 0 and var replayed)
            {
                logger.LogInformation("Recorded {Count} run(s) the run store could not take when they ended, kept in {Path}", replayed, pending.Path);
            }

            foreach (var id in _store.FailInterrupted(now, during))
            {
                logger.LogWarning("Run {RunId} was left running by a process that stopped (killed, crashed or cut off){During}; recorded as failed", id, during);
            }

            _store.Record(running);
            return null;
        }
        catch (StoreSchemaException e)
        {
            throw new ConfigurationException(e.Message, e);
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            _busy = true;
            logger.LogWarning(
                "The run store {Store} is locked by another process (a reader holding a transaction open, or a writer) after waiting {Seconds:0} s: {Message}; the run goes on, and is recorded when it ends",
                settings.ToString(), RunStores.BusyWait.TotalSeconds, e.Message);
            return null;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _store = null;
            if (!required)
            {
                logger.LogWarning("Could not record this run in the run log ({Store}): {Message}", settings, e.Message);
                return null;
            }

            var message = $"The run store ({settings}) cannot be used: {e.Message}. Nothing was run; the published reports are unchanged.";
            logger.LogError("{Message}", message);
            return message;
        }
    }

    /// <summary>
    /// The one row of a run that gave up waiting for the output lock. The runs left running are not failed here: the
    /// run holding the lock is alive. Never stops anything; a store that cannot be used costs a warning.
    /// </summary>
    public void GaveUp(RunRecord run)
    {
        try
        {
            _store = RunStores.Open(settings);
        }
        catch (Exception e) when (e is StoreSchemaException or DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Could not record run {RunId} in the run store ({Store}): {Message}", run.RunId, settings, e.Message);
            return;
        }

        Ended(run);
    }

    public void Ended(RunRecord run)
    {
        if (!Try(run.RunId, store => store.Record(run)))
        {
            Keep(run);
        }
    }

    /// <summary>
    /// Starts storing the run's content (its fact sets and findings, keyed by the documents' extraction keys) on a
    /// worker, while the run writes its reports: named by no run until <see cref="PublishedAsync"/>, so the run log says
    /// nothing new until the swap (see <see cref="IRunStore.StoreContent(PublishedContent, string)"/>). The keys are worked
    /// out at once; on a store that <see cref="IRunStore.CopiesFromFactStore"/> (SQLite) the rows go in once <paramref name="factStoreWritten"/> has written the run's facts.sqlite
    /// at <paramref name="factStorePath"/>, and are copied from there (binding them again cost more CPU than the wait
    /// costs: the stage's two cores are busy); PostgreSQL takes them at once through one COPY. A store that fails costs a warning, and
    /// <see cref="PublishedAsync"/> writes the content itself; a facts.sqlite that failed fails the run, which then
    /// stores nothing.
    /// </summary>
    public void StoreContent(string runId, FactTable table, IReadOnlyDictionary<string, string> documentKeys, string factStorePath, Task factStoreWritten)
    {
        if (_store is null || _storing is not null)
        {
            return;
        }

        // A store locked at the run's start is written at its end (PublishedAsync): key the content now, while the
        // table is held — the store step lets it go before publish.
        if (_busy)
        {
            _storing = Task.FromResult(ContentOf(runId, table, documentKeys));
            return;
        }

        // A thread of its own, like facts.sqlite's (WriteFactTableStep): queued on the pool it started only once the
        // step's other files were written, and its copy then ran alone while publish waited for it.
        var copies = _store.CopiesFromFactStore;
        // The worker takes the table from here and keeps no reference of its own once the content is keyed: the
        // content's facts are the only ones it holds, and only until its rows are stored.
        FactTable? held = table;
        _storing = Task.Factory.StartNew(async () =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (ContentOf(runId, Interlocked.Exchange(ref held, null)!, documentKeys) is not { } content)
            {
                return null;
            }

            var keyed = watch.Elapsed.TotalMilliseconds;
            var waited = keyed;
            bool stored;
            if (!copies)
            {
                stored = Try(runId, store => store.StoreContent(content)); // bound through one COPY at once: nothing to wait for
            }
            else if (await Succeeded(factStoreWritten).ConfigureAwait(false))
            {
                waited = watch.Elapsed.TotalMilliseconds;
                stored = Try(runId, store => store.StoreContent(content, factStorePath));
            }
            else
            {
                return content;
            }

            logger.LogDebug(
                "Stored run {RunId}'s facts and findings in the run store ({Store}) while it wrote its reports: keys {Keyed:F0} ms, then facts.sqlite awaited until {Waited:F0} ms, rows until {Ms:F0} ms",
                runId, settings, keyed, waited, watch.Elapsed.TotalMilliseconds);
            // Stored, the rows are the store's: publish names them by their keys, and the run's facts are no longer
            // held here to its end. Refused, the content keeps them for PublishedAsync to write.
            return stored ? content.KeysOnly() : content;
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Whether <paramref name="task"/> ran to completion; its failure is reported by whoever started it.</summary>
    private static async Task<bool> Succeeded(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
            return true;
        }
        catch (Exception) when (task.IsFaulted || task.IsCanceled)
        {
            return false;
        }
    }

    /// <summary>Waits for <see cref="StoreContent"/> to end: before the run's row is written, and before the run ends (whatever its outcome).</summary>
    public async Task ContentStoredAsync()
    {
        if (_storing is { } storing)
        {
            await storing.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the swap, outside the steps' timings: the run's row, documents and the lists naming its content (written
    /// already by <see cref="StoreContent"/> when it ran, else now). Logged with its duration (<c>--verbose</c>).
    /// </summary>
    /// <param name="table">The run's table when it still holds it; null once the store step let it go, having handed it to <see cref="StoreContent"/>.</param>
    public async Task PublishedAsync(RunRecord run, FactTable? table, IReadOnlyDictionary<string, string> documentKeys)
    {
        // Null from StoreContent: the store refused the table, and said so; the run's row is recorded all the same.
        var content = _storing is { } storing ? await storing.ConfigureAwait(false) : table is null ? null : ContentOf(run.RunId, table, documentKeys);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var recorded = Try(run.RunId, store =>
        {
            if (content is null)
            {
                store.Record(run);
            }
            else
            {
                store.RecordPublished(run, content);
            }
        });
        if (!recorded)
        {
            Keep(run); // its row; the published set holds its facts
        }

        logger.LogDebug("Recorded run {RunId} in the run store ({Store}) in {Ms:F0} ms", run.RunId, settings, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>The run's content as the store keys it; null, with a warning, for a table the store refuses (one with facts of a document it does not list).</summary>
    private PublishedContent? ContentOf(string runId, FactTable table, IReadOnlyDictionary<string, string> documentKeys)
    {
        if (_store is null)
        {
            return null;
        }

        try
        {
            return PublishedContent.Of(table, documentKeys);
        }
        catch (ArgumentException e)
        {
            logger.LogWarning("Could not record run {RunId}'s facts in the run store ({Store}): {Message}", runId, settings, e.Message);
            return null;
        }
    }

    // Whether the row was written; false (with a warning) when the store refused it. A store never opened has nothing to write to.
    private bool Try(string runId, Action<IRunStore> write)
    {
        if (_store is null)
        {
            return !_busy;
        }

        try
        {
            write(_store);
            return true;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Could not record run {RunId} in the run store ({Store}): {Message}", runId, settings, e.Message);
            return false;
        }
    }

    // A row the store refused, kept for the next run (PendingRuns): a run is recorded either way.
    private void Keep(RunRecord run)
    {
        if (pending is null)
        {
            return;
        }

        try
        {
            pending.Keep(run);
            logger.LogWarning("Run {RunId} is kept in {Path}; the next run on this output records it in the run store", run.RunId, pending.Path);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Could not keep run {RunId} for the next run either ({Path}): {Message}", run.RunId, pending.Path, e.Message);
        }
    }
}
