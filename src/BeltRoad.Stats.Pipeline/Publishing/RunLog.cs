using System.Globalization;
using BeltRoad.Stats.Storage;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// <c>history/runs.sqlite</c>: one row per run, published or not (up to date, failed, cancelled). Same
/// <c>meta</c> and <c>runs</c> tables as facts.sqlite, so <see cref="FactStore.ReadRuns"/> reads it and a
/// <c>sqlite3</c> query written for one works on the other. Rows of published runs travel inside the
/// published set (written into staging before the swap); the others are appended in place.
/// </summary>
public static class RunLog
{
    public const string FileName = "runs.sqlite";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', $version);
        CREATE TABLE IF NOT EXISTS runs (
            run_id TEXT PRIMARY KEY, started_utc TEXT NOT NULL, finished_utc TEXT, status TEXT NOT NULL,
            fingerprint TEXT NOT NULL, documents INTEGER NOT NULL, facts INTEGER NOT NULL,
            warnings INTEGER NOT NULL, failures INTEGER NOT NULL, changes_added INTEGER NOT NULL,
            changes_removed INTEGER NOT NULL, changes_changed INTEGER NOT NULL, message TEXT);
        """;

    // Same text form as facts.sqlite, so FactStore.ReadRuns parses both.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly Lazy<bool> NativeLoaded = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static string PathFor(string outputDirectory) => Path.Combine(outputDirectory, OutputFiles.HistoryFolder, FileName);

    /// <summary>The runs, oldest first; empty when there is no log yet or it cannot be read.</summary>
    public static IReadOnlyList<RunRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return FactStore.ReadRuns(path);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or SqliteException)
        {
            return [];
        }
    }

    /// <summary>Adds (or replaces, by run id) one row, in one transaction: a crash leaves the row in or out, never half.</summary>
    public static void Append(string path, RunRecord run)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        SqliteTransactions.Run(connection, transaction =>
        {
            using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = Schema;
                create.Parameters.AddWithValue("$version", FactStore.SchemaVersion.ToString(CultureInfo.InvariantCulture));
                create.ExecuteNonQuery();
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR REPLACE INTO runs (run_id, started_utc, finished_utc, status, fingerprint, documents, facts, warnings,
                    failures, changes_added, changes_removed, changes_changed, message)
                VALUES ($id, $started, $finished, $status, $fingerprint, $documents, $facts, $warnings, $failures, $added, $removed, $changed, $message)
                """;
            insert.Parameters.AddWithValue("$id", run.RunId);
            insert.Parameters.AddWithValue("$started", Time(run.Started));
            insert.Parameters.AddWithValue("$finished", run.Finished is { } f ? Time(f) : DBNull.Value);
            insert.Parameters.AddWithValue("$status", run.Status.Code());
            insert.Parameters.AddWithValue("$fingerprint", run.Fingerprint);
            insert.Parameters.AddWithValue("$documents", run.Documents);
            insert.Parameters.AddWithValue("$facts", run.Facts);
            insert.Parameters.AddWithValue("$warnings", run.Warnings);
            insert.Parameters.AddWithValue("$failures", run.Failures);
            insert.Parameters.AddWithValue("$added", run.ChangesAdded);
            insert.Parameters.AddWithValue("$removed", run.ChangesRemoved);
            insert.Parameters.AddWithValue("$changed", run.ChangesChanged);
            insert.Parameters.AddWithValue("$message", (object?)run.Message ?? DBNull.Value);
            insert.ExecuteNonQuery();
        });
    }

    /// <summary>
    /// A consistent copy through SQLite's backup API: opening the source first rolls back a transaction a
    /// killed process left half-done, which a plain file copy would carry along.
    /// </summary>
    public static void CopyTo(string source, string destination)
    {
        if (!File.Exists(source))
        {
            return;
        }

        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(destination, SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        _ = NativeLoaded.Value;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
