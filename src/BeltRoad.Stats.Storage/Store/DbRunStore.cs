using System.Data.Common;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// <see cref="IRunStore"/> over any ADO.NET connection: the SQL is written once, the dialect supplies type names.
/// A connection per call (pooled by Npgsql; SQLite files are opened and closed so they can be moved).
/// </summary>
internal sealed class DbRunStore(string name, SqlDialect dialect, Func<DbConnection> connect) : IRunStore
{
    /// <summary>The <c>meta</c> row naming the run recorded by <see cref="RecordPublishing"/> and not yet settled.</summary>
    private const string PublishingKey = "publishing";

    public string Name { get; } = name;

    internal SqlDialect Dialect { get; } = dialect;

    public bool CopiesFromFactStore => Dialect.AttachesFactStore;

    /// <summary>Applies the pending migrations; refuses a newer schema.</summary>
    public void Migrate()
    {
        using var connection = connect();
        StoreMigrator.Migrate(connection, Dialect, Name);
    }

    public void Record(RunRecord run)
    {
        using var connection = connect();
        DbTransactions.Run(connection, transaction => Upsert(connection, transaction, run));
    }

    public void RecordPublished(RunRecord run, PublishedContent content)
    {
        using var connection = connect();
        DbTransactions.Run(connection, transaction =>
        {
            Upsert(connection, transaction, run);
            PublishedRunRows.Write(connection, transaction, run.RunId, content);
        });
    }

    public void StoreContent(PublishedContent content)
    {
        using var connection = connect();
        DbTransactions.Run(connection, transaction => PublishedRunRows.WriteContent(connection, transaction, content));
    }

    /// <summary>On SQLite, the rows are copied from <paramref name="factStorePath"/> attached; PostgreSQL reads no file and binds them.</summary>
    public void StoreContent(PublishedContent content, string factStorePath)
    {
        if (!CopiesFromFactStore)
        {
            StoreContent(content);
            return;
        }

        using var connection = connect();
        SqliteAttachment.With((SqliteConnection)connection, factStorePath, FactStoreContent.Schema,
            () => DbTransactions.Run(connection, transaction => PublishedRunRows.WriteContent(connection, transaction, content, factStoreAttached: true)));
    }

    public void RecordPublishing(RunRecord run)
    {
        using var connection = connect();
        DbTransactions.Run(connection, transaction =>
        {
            Upsert(connection, transaction, run);
            Sql.Execute(connection, transaction,
                $"INSERT INTO meta (key, value) VALUES ('{PublishingKey}', @p0) ON CONFLICT (key) DO UPDATE SET value = excluded.value", run.RunId);
        });
    }

    public string? SettlePublishing(string? publishedRunId)
    {
        using var connection = connect();
        // Read first, outside a write transaction: at every run's start there is nothing to settle, and a reader holding
        // the file must not cost each run a wait for a write it does not make.
        if (Sql.Scalar(connection, null, $"SELECT value FROM meta WHERE key = '{PublishingKey}'") is not string)
        {
            return null;
        }

        string? failed = null;
        DbTransactions.Run(connection, transaction =>
        {
            if (Sql.Scalar(connection, transaction, $"SELECT value FROM meta WHERE key = '{PublishingKey}'") is not string pending)
            {
                return;
            }

            Sql.Execute(connection, transaction, $"DELETE FROM meta WHERE key = '{PublishingKey}'");
            if (pending == publishedRunId)
            {
                return; // its row, written before the swap, is the published run's
            }

            Sql.Execute(connection, transaction, "UPDATE runs SET status = @p0, message = @p1 WHERE run_id = @p2",
                RunStatus.Failed.Code(), "Failed: stopped while publishing, before its reports replaced the published ones; the previously published reports are unchanged.", pending);
            failed = pending;
        });
        return failed;
    }

    public IReadOnlyList<RunRecord> ReadRuns()
    {
        using var connection = connect();
        return Sql.Query(connection, $"SELECT {RunColumns.SelectList} FROM runs ORDER BY started_utc, run_id", RunColumns.Read);
    }

    public IReadOnlyList<string> FailInterrupted(DateTimeOffset now, string during = "")
    {
        using var connection = connect();
        IReadOnlyList<string> ids = [];
        DbTransactions.Run(connection, transaction =>
        {
            var running = RunStatus.Running.Code();
            ids = Sql.Query(connection, transaction, "SELECT run_id FROM runs WHERE status = @p0 ORDER BY started_utc", r => r.GetString(0), running);
            Sql.Execute(connection, transaction,
                "UPDATE runs SET status = @p0, finished_utc = @p1, message = 'Failed: ' || COALESCE(node, 'its node') || " +
                "' stopped during the run (killed, crashed or cut off)' || @p3 || '; the previously published reports are unchanged.' WHERE status = @p2",
                RunStatus.Failed.Code(), SqliteText.Time(now), running, during);
        });
        return ids;
    }

    private static void Upsert(DbConnection connection, DbTransaction transaction, RunRecord run)
    {
        var names = RunColumns.All.Select(c => c.Name).ToList();
        var sql = Sql.InsertRow("runs", names, $"(run_id) DO UPDATE SET {string.Join(", ", names.Skip(1).Select(n => $"\"{n}\" = excluded.\"{n}\""))}");
        Sql.Execute(connection, transaction, sql, [.. RunColumns.All.Select(c => c.Value(run))]);
    }
}
