using System.Data.Common;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// <c>history/runs.sqlite</c>: the default run store, one row per run, published or not (up to date, failed,
/// cancelled), and every published run's facts. With <c>--store</c> the runs go to that store instead, and this
/// file still travels with each published set, holding its published runs.
/// <para>
/// One file for every set: publishing gives the staged set a hard link to it (never a copy of a log that grows with
/// every run), and SQLite only ever opens it by its published name, <c>&lt;output&gt;/history/runs.sqlite</c>, so a
/// transaction a killed process left half-done is always found beside it (its journal) and rolled back. The row of
/// a run being published is written before the swap, marked as publishing; after the swap, or at the start of the
/// next run when the process was killed first, <see cref="Settle"/> keeps it when its set is the published one and
/// records it as failed when the swap never happened. Where links are refused the log is copied into staging and
/// the row written there, as before.
/// </para>
/// </summary>
public static class RunLog
{
    public const string FileName = "runs.sqlite";

    public static string PathFor(string outputDirectory) => Path.Combine(outputDirectory, OutputFiles.HistoryFolder, FileName);

    /// <summary>The runs of an output folder's store: <paramref name="store"/> when one is configured, else its run log.</summary>
    public static IReadOnlyList<RunRecord> Read(string outputDirectory, StoreSettings? store) =>
        store is null ? Read(PathFor(outputDirectory)) : Read(store);

    /// <summary>The runs of the default run log at <paramref name="path"/>, oldest first; empty when there is none yet or it cannot be read.</summary>
    public static IReadOnlyList<RunRecord> Read(string path) => File.Exists(path) ? Read(StoreSettings.SqliteFile(path)) : [];

    /// <summary>The runs of a store, oldest first; empty when it cannot be read (a run log is a record, never a reason to stop).</summary>
    public static IReadOnlyList<RunRecord> Read(StoreSettings store)
    {
        try
        {
            return RunStores.Open(store).ReadRuns();
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or DbException or StoreSchemaException)
        {
            return [];
        }
    }

    /// <summary>Adds (or replaces, by run id) one row, in one transaction: a crash leaves the row in or out, never half.</summary>
    public static void Append(string path, RunRecord run) => RunStores.Open(StoreSettings.SqliteFile(path)).Record(run);

    /// <summary>
    /// Gives the staged set the output's run log (<paramref name="source"/>) as a hard link. Where the file system
    /// refuses, nothing is made here: <see cref="RecordPublishing"/> then copies it.
    /// </summary>
    public static void Carry(string source, string destination) => NativeFileSystem.TryHardLink(source, destination);

    /// <summary>
    /// This run's row, before the swap: in the output's log, marked as publishing, when the staged set links to that
    /// log; otherwise in a log of the staged set's own (the first one, or a consistent copy where links are refused).
    /// A log SQLite finds damaged (it is never synced: a power cut may do that) is left to the set being replaced, and
    /// the staged set starts a new one holding this run (a warning says so): a damaged log never stops a publish.
    /// </summary>
    public static void RecordPublishing(string outputDirectory, string stagingDirectory, RunRecord run, ILogger logger)
    {
        var published = PathFor(outputDirectory);
        var staged = PathFor(stagingDirectory);
        var hasPublished = File.Exists(published);
        try
        {
            if (hasPublished && File.Exists(staged))
            {
                try
                {
                    RunStores.Open(StoreSettings.SqliteFile(published)).RecordPublishing(run);
                    return;
                }
                catch (Exception e) when (SqliteBusy.Is(e))
                {
                    // Another process holds the log: the staged set gets a copy of it (reading is allowed) holding this run,
                    // and the other process keeps the old file, the replaced set's.
                    logger.LogWarning(
                        "The run log {Path} is locked by another process (a reader holding a transaction open, or a writer) after waiting {Seconds:0} s; the new set's run log is a copy of it with this run",
                        published, RunStores.BusyWait.TotalSeconds);
                    File.Delete(staged); // the link
                }
            }

            if (hasPublished)
            {
                // Through SQLite's backup API: opening the source rolls back a transaction a killed process left half-done.
                RunStores.BackupSqlite(published, staged);
            }
        }
        catch (Exception e) when (SqliteDamage.Is(e) || SqliteBusy.Is(e))
        {
            logger.LogWarning(
                "The run log {Path} is {Problem} ({Message}); this run's set starts a new run log (earlier runs are no longer listed)",
                published, SqliteDamage.Is(e) ? "damaged" : "locked by another process even for reading", e.Message);
            File.Delete(staged); // the link to the damaged file, or a partial copy of it
        }

        Append(staged, run);
    }

    /// <summary>
    /// Ends a publishing mark (see <see cref="IRunStore.SettlePublishing"/>) against the set the output folder
    /// holds now: after the swap, and at the start of every run (<see cref="AtomicPublisher.Recover"/>). A log that
    /// cannot be opened costs a warning: the run's own start reports it.
    /// </summary>
    public static void Settle(string outputDirectory, ILogger logger)
    {
        var path = PathFor(outputDirectory);
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            var published = RunReportReader.TryReadRunId(Path.Combine(outputDirectory, OutputFiles.RunJson));
            if (RunStores.Open(StoreSettings.SqliteFile(path)).SettlePublishing(published) is { } stopped)
            {
                logger.LogWarning("Run {RunId} was stopped while publishing, before the swap; recorded as failed (the published reports are those of {Published})", stopped, published ?? "no run");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DbException or StoreSchemaException)
        {
            logger.LogWarning("Could not check the run log {Path}: {Message}", path, e.Message);
        }
    }
}
