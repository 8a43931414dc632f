using System.Data.Common;
using Npgsql;

namespace BeltRoad.Stats.Storage;

/// <summary>Opens the run store a setting names, migrated to this program's schema.</summary>
public static class RunStores
{
    // A run's content is inserted in key order (PublishedRunRows): its indexes grow at their right edges and at one edge
    // per metric or series, and 16 MB holds those pages. 64 MB measured no faster at 100 MB and cost ~50 MB of peak
    // memory (page faults included). Taken only as pages are used, and freed when the connection closes (one per call).
    // A new file gets 16 KB pages, as facts.sqlite has: a quarter of the B-tree pages to split when a fresh run stores
    // its ~200,000 facts (an existing file keeps its size).
    // No syncs: the rollback journal keeps every transaction whole or absent after a kill, which is what publishing
    // promises (the published set itself is never synced either); a power cut or OS crash within seconds of a write may
    // damage the file, which then costs a warning per run, never a run (docs/scheduling.md, "Scheduled regeneration"). With syncs on,
    // the publishing row's commit just before the swap waited behind the writeback of all the run had just written.
    // WAL would sync less but cannot be used: its -wal file lives beside the published name, and a swap moves the old
    // set's history folder away with it (RunLog).
    private const string SqliteSession = "PRAGMA page_size = 16384; PRAGMA cache_size = -16384; PRAGMA synchronous = OFF;";

    /// <summary>
    /// How long a command on a SQLite run store waits for another connection to let go of the file (unless the connection
    /// string sets its own <c>Default Timeout</c>): Microsoft.Data.Sqlite's 30 s, at each of a run's five writes, held
    /// a run for 150 s behind a reader's open transaction. Then the command fails as busy (<see cref="SqliteBusy"/>).
    /// </summary>
    public static readonly TimeSpan BusyWait = TimeSpan.FromSeconds(5);

    /// <summary>The schema version this program writes.</summary>
    public static int SchemaVersion => StoreMigrations.Latest;

    /// <exception cref="StoreSchemaException">The store's schema is newer than this program's, or could not be upgraded.</exception>
    /// <exception cref="DbException">The database cannot be reached.</exception>
    public static IRunStore Open(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var store = Unmigrated(settings);
        store.Migrate();
        return store;
    }

    /// <summary>Copies a SQLite store file whole through SQLite's backup API (consistent even if a writer was killed mid-transaction).</summary>
    public static void BackupSqlite(string source, string destination)
    {
        using var from = SqliteRuntime.Open(source, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite);
        using var to = SqliteRuntime.Open(destination, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate);
        from.BackupDatabase(to);
    }

    internal static DbRunStore Unmigrated(StoreSettings settings) => settings.Provider switch
    {
        StoreProvider.Sqlite => new DbRunStore(settings.ToString(), SqlDialect.Sqlite, () => OpenSqlite(settings.ConnectionString)),
        StoreProvider.Postgres => new DbRunStore(settings.ToString(), SqlDialect.Postgres, () => OpenPostgres(settings.ConnectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown store provider."),
    };

    private static DbConnection OpenSqlite(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        if (!builder.ShouldSerialize("Default Timeout"))
        {
            builder.DefaultTimeout = (int)BusyWait.TotalSeconds;
        }

        var connection = SqliteRuntime.Open(builder.ToString());
        SqliteRuntime.Execute(connection, SqliteSession);
        return connection;
    }

    private static NpgsqlConnection OpenPostgres(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
