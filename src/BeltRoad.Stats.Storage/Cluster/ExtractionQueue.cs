using Npgsql;
using NpgsqlTypes;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A run's documents shared out among the nodes of a cluster, in the PostgreSQL store: the node a run is on enqueues
/// the documents its extraction cache lacks (<see cref="Enqueue"/>), every node claims batches of them
/// (<see cref="Claim"/>, <c>FOR UPDATE SKIP LOCKED</c>: no two nodes get the same document while a claim holds),
/// extracts them and stores each one's entry under its extraction key (<see cref="Complete"/>; the key covers the
/// document's bytes, the program and the configuration, so an entry is the same whoever made it). A claim is a lease:
/// renewed while its node completes documents, and taken over by any node once it runs out (a node killed mid-run
/// loses nobody's documents). The run itself is open while its node keeps it so (<see cref="KeepOpen"/>); a run
/// whose node died is closed by the next <see cref="Enqueue"/>. Safe from several threads: each call takes a pooled
/// connection. Commits are not waited for (<c>synchronous_commit = off</c>): what a server crash loses is extracted again.
/// </summary>
public sealed class ExtractionQueue : IDisposable
{
    // The same advisory lock as the store's migrations: two nodes creating the tables together create them once.
    private const string Schema = """
        SELECT pg_advisory_xact_lock(7146315120);
        CREATE TABLE IF NOT EXISTS extraction_runs (
            run_id TEXT PRIMARY KEY, node TEXT NOT NULL, settings TEXT NOT NULL, staging TEXT NOT NULL,
            open_until TIMESTAMPTZ NOT NULL);
        CREATE TABLE IF NOT EXISTS extraction_queue (
            run_id TEXT NOT NULL REFERENCES extraction_runs (run_id) ON DELETE CASCADE, position INTEGER NOT NULL,
            doc TEXT NOT NULL, key TEXT NOT NULL, claimed_by TEXT, claimed_until TIMESTAMPTZ,
            done BOOLEAN NOT NULL DEFAULT FALSE, extracted_by TEXT, PRIMARY KEY (run_id, position));
        CREATE INDEX IF NOT EXISTS extraction_queue_key ON extraction_queue (key);
        CREATE TABLE IF NOT EXISTS extraction_entries (key TEXT PRIMARY KEY, doc TEXT NOT NULL, payload BYTEA NOT NULL);
        """;

    private const string Open = "open_until > clock_timestamp()";

    private readonly NpgsqlDataSource _source;

    private ExtractionQueue(NpgsqlDataSource source) => _source = source;

    /// <summary>The queue in the PostgreSQL database <paramref name="connectionString"/> names; its tables are created when missing.</summary>
    /// <exception cref="NpgsqlException">The database cannot be reached.</exception>
    public static ExtractionQueue Connect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=off" };
        var queue = new ExtractionQueue(NpgsqlDataSource.Create(builder));
        try
        {
            using var connection = queue._source.OpenConnection();
            using var transaction = connection.BeginTransaction();
            Execute(connection, Schema);
            transaction.Commit();
            return queue;
        }
        catch
        {
            queue.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="runId"/> for <paramref name="lease"/> with <paramref name="documents"/> to extract, by
    /// <paramref name="node"/>, for nodes whose settings hash to <paramref name="settings"/> (program, configuration,
    /// catalogues: a node with others would make other entries). Closes first the runs whose node stopped keeping them open.
    /// </summary>
    public void Enqueue(string runId, string node, string settings, string staging, IReadOnlyList<QueuedDocument> documents, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"DELETE FROM extraction_runs WHERE NOT {Open}");
        Execute(connection, "INSERT INTO extraction_runs (run_id, node, settings, staging, open_until) VALUES ($1, $2, $3, $4, clock_timestamp() + $5)",
            runId, node, settings, staging, lease);
        Execute(connection, """
            INSERT INTO extraction_queue (run_id, position, doc, key)
            SELECT $1, position, doc, key FROM unnest($2::integer[], $3::text[], $4::text[]) AS d (position, doc, key)
            """,
            runId, documents.Select(d => d.Position).ToArray(), documents.Select(d => d.Doc).ToArray(), documents.Select(d => d.Key).ToArray());
        transaction.Commit();
    }

    /// <summary>Keeps the run open for <paramref name="lease"/> from now; false when it is no longer there (closed as dead).</summary>
    public bool KeepOpen(string runId, TimeSpan lease)
    {
        using var connection = _source.OpenConnection();
        return Execute(connection, "UPDATE extraction_runs SET open_until = clock_timestamp() + $2 WHERE run_id = $1", runId, lease) > 0;
    }

    /// <summary>An open run that <paramref name="node"/> may help with (another node's, with the same settings); null when there is none.</summary>
    public SharedRun? RunToHelp(string node, string settings)
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, $"""
            SELECT run_id, staging FROM extraction_runs WHERE node <> $1 AND settings = $2 AND {Open}
            AND EXISTS (SELECT 1 FROM extraction_queue q WHERE q.run_id = extraction_runs.run_id AND NOT q.done)
            ORDER BY run_id LIMIT 1
            """, node, settings);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new SharedRun(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Whether any run is open at all: what an idle node asks before it reads its settings to compare them.</summary>
    public bool AnyOpen(string node)
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, $"SELECT EXISTS (SELECT 1 FROM extraction_runs WHERE node <> $1 AND {Open})", node);
        return (bool)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Up to <paramref name="count"/> documents of the open run, in listing order, that nobody has done or holds a live
    /// claim on, now claimed by <paramref name="node"/> for <paramref name="lease"/>. Empty when there are none left to claim.
    /// </summary>
    public IReadOnlyList<QueuedDocument> Claim(string runId, string node, int count, TimeSpan lease)
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, $"""
            UPDATE extraction_queue q SET claimed_by = $2, claimed_until = clock_timestamp() + $4
            FROM (SELECT run_id, position FROM extraction_queue
                  WHERE run_id = $1 AND NOT done AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
                  AND EXISTS (SELECT 1 FROM extraction_runs r WHERE r.run_id = $1 AND r.{Open})
                  ORDER BY position LIMIT $3 FOR UPDATE SKIP LOCKED) c
            WHERE q.run_id = c.run_id AND q.position = c.position
            RETURNING q.position, q.doc, q.key
            """, runId, node, count, lease);
        using var reader = command.ExecuteReader();
        var claimed = new List<QueuedDocument>();
        while (reader.Read())
        {
            claimed.Add(new QueuedDocument(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return [.. claimed.OrderBy(d => d.Position)];
    }

    /// <summary>
    /// One document done by <paramref name="node"/>: its entry stored (none when it could not be extracted there), the
    /// document marked done, and the claims on the rest of its batch (<paramref name="rest"/>, still this node's) renewed
    /// for <paramref name="lease"/>, in one transaction. Only the batch's own rows: renewing all the node's claims would
    /// lock rows that its other workers are marking done, in another order (a deadlock).
    /// Done twice (a claim taken over after its lease ran out, and the first node finished after all) is harmless: the
    /// key is the same, so is the entry.
    /// </summary>
    public void Complete(string runId, QueuedDocument document, string node, EncodedExtraction? entry, IReadOnlyList<QueuedDocument> rest, TimeSpan lease)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rest);
        using var connection = _source.OpenConnection();
        using var batch = connection.CreateBatch();
        if (entry is not null)
        {
            batch.BatchCommands.Add(BatchCommand(
                "INSERT INTO extraction_entries (key, doc, payload) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING", document.Key, entry.Doc, entry.Payload));
        }

        batch.BatchCommands.Add(BatchCommand("UPDATE extraction_queue SET done = TRUE, extracted_by = $3 WHERE run_id = $1 AND position = $2", runId, document.Position, node));
        if (rest.Count > 0)
        {
            batch.BatchCommands.Add(BatchCommand(
                "UPDATE extraction_queue SET claimed_until = clock_timestamp() + $3 WHERE run_id = $1 AND position = ANY($4) AND claimed_by = $2 AND NOT done",
                runId, node, lease, rest.Select(d => d.Position).ToArray()));
        }

        batch.ExecuteNonQuery(); // one round trip, one implicit transaction
    }

    /// <summary>Lets go of <paramref name="node"/>'s claims on documents it has not done (it is stopping): others take them at once.</summary>
    public void Release(string runId, string node)
    {
        using var connection = _source.OpenConnection();
        Execute(connection, "UPDATE extraction_queue SET claimed_by = NULL, claimed_until = NULL WHERE run_id = $1 AND claimed_by = $2 AND NOT done", runId, node);
    }

    /// <summary>How many of the run's documents are not done yet.</summary>
    public long Pending(string runId)
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, "SELECT count(*) FROM extraction_queue WHERE run_id = $1 AND NOT done", runId);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The run's documents that are done, in listing order, with their entries, skipping those at <paramref name="skip"/> (done by the asking node itself).</summary>
    public IEnumerable<FinishedDocument> Finished(string runId, IReadOnlySet<int> skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        using var connection = _source.OpenConnection();
        using var command = Command(connection, """
            SELECT q.position, q.extracted_by, e.doc, e.payload FROM extraction_queue q LEFT JOIN extraction_entries e ON e.key = q.key
            WHERE q.run_id = $1 AND q.done ORDER BY q.position
            """, runId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var position = reader.GetInt32(0);
            if (skip.Contains(position))
            {
                continue;
            }

            var entry = reader.IsDBNull(2) ? null : new EncodedExtraction(reader.GetString(2), reader.GetFieldValue<byte[]>(3));
            yield return new FinishedDocument(position, reader.GetString(1), entry);
        }
    }

    /// <summary>
    /// Closes the run: its queue goes, and with it every entry no open run's queue names (the run's node keeps them in
    /// its own extraction cache, which travels with the output folder).
    /// </summary>
    public void Close(string runId)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM extraction_runs WHERE run_id = $1", runId);
        Execute(connection, "DELETE FROM extraction_entries e WHERE NOT EXISTS (SELECT 1 FROM extraction_queue q WHERE q.key = e.key)");
        transaction.Commit();
    }

    public void Dispose() => _source.Dispose();

    private static int Execute(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(Parameter(value));
        }

        return command;
    }

    // Positional parameters, typed where the value alone would not say (an interval, a bytea).
    private static NpgsqlParameter Parameter(object value) => value switch
    {
        TimeSpan span => new NpgsqlParameter { Value = span, NpgsqlDbType = NpgsqlDbType.Interval },
        byte[] bytes => new NpgsqlParameter { Value = bytes, NpgsqlDbType = NpgsqlDbType.Bytea },
        _ => new NpgsqlParameter { Value = value },
    };
}
