using System.Data.Common;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// <c>history/runs.sqlite</c>: the default run store, one row per run, published or not (up to date, failed,
/// cancelled), and every published run's facts. Rows of published runs also travel inside the published set
/// (written into staging before the swap); the others are written in place. With <c>--store</c> the runs go to
/// that store instead, and this file still travels with each published set.
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
    /// A consistent copy through SQLite's backup API: opening the source first rolls back a transaction a
    /// killed process left half-done, which a plain file copy would carry along.
    /// </summary>
    public static void CopyTo(string source, string destination)
    {
        if (File.Exists(source))
        {
            RunStores.BackupSqlite(source, destination);
        }
    }
}
