using System.Data.Common;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// One run's rows in the run store, written under the output lock: running at the start (after failing the runs a
/// dead process left running), then the outcome. Only the start may stop the run: a run that cannot be recorded
/// as running would vanish if it died; a run that cannot record its end has done its work and says so in the log.
/// </summary>
/// <param name="required">A configured store (<c>--store</c>) is the point of the run and must be reachable; the
/// default run log (<c>history/runs.sqlite</c>) is a record, and a broken one only costs a warning.</param>
internal sealed class RunStoreLog(StoreSettings settings, bool required, ILogger logger)
{
    private IRunStore? _store;

    /// <returns>Null when recorded; else why the store could not be used, and the run does not start.</returns>
    /// <exception cref="ConfigurationException">The store's schema is newer than this program's.</exception>
    public string? Begin(RunRecord running, DateTimeOffset now)
    {
        try
        {
            _store = RunStores.Open(settings);
            foreach (var id in _store.FailInterrupted(now))
            {
                logger.LogWarning("Run {RunId} was left running by a process that stopped (killed, crashed or cut off); recorded as failed", id);
            }

            _store.Record(running);
            return null;
        }
        catch (StoreSchemaException e)
        {
            throw new ConfigurationException(e.Message, e);
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

    public void Ended(RunRecord run) => Try(run.RunId, store => store.Record(run));

    /// <summary>After the swap, outside the steps' timings: logged with its duration (<c>--verbose</c>).</summary>
    /// <param name="documentKeys">The documents' extraction keys (<see cref="IRunStore.RecordPublished"/>).</param>
    public void Published(RunRecord run, FactTable table, IReadOnlyDictionary<string, string> documentKeys)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Try(run.RunId, store => store.RecordPublished(run, table, documentKeys));
        logger.LogDebug("Recorded run {RunId} in the run store ({Store}) in {Ms:F0} ms", run.RunId, settings, watch.Elapsed.TotalMilliseconds);
    }

    private void Try(string runId, Action<IRunStore> write)
    {
        if (_store is null)
        {
            return;
        }

        try
        {
            write(_store);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Could not record run {RunId} in the run store ({Store}): {Message}", runId, settings, e.Message);
        }
    }
}
