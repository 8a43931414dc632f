using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The extraction cache: a SQLite file of what each document gave, keyed by a hash of the document's name and
/// content (with its sidecar) and of the program and configuration that read it, so a run extracts only new or
/// changed documents. A key names its inputs whole: an entry is never stale, only unused, and <see cref="Save"/>
/// drops the unused ones. <see cref="Find"/> and <see cref="Put(string, EncodedExtraction)"/> may be called from several threads (one statement
/// at a time on the one connection; entries are encoded (<see cref="Encode"/>) and decoded outside the lock).
/// </summary>
public sealed class ExtractionCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly PayloadLookup _find;
    private readonly SqliteCommand _put;
    private readonly SqliteTransaction _transaction;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _keys;

    // The labels, quotes and periods of the entries this run decodes, one copy each (a cache is opened per run and
    // disposed at the extract step's end, so the pool lives as long as the run's decoding).
    private readonly SharedValues _shared = new();

    // The layout of the file. Version 1 kept every document's text in its entry (a cache as large as the corpus):
    // such a file is emptied and compacted once, and from then on gives back the pages of dropped entries (Save).
    private const int Layout = 2;

    // A cache may forget, so it never waits for the disk: a kill still leaves each run's entries whole or absent (the
    // rollback journal), and what a power cut or OS crash may damage is found on opening or reading (a damaged file is
    // started anew, a damaged entry is a miss) and costs extracting again, never a failed run. With syncs on, a fresh
    // run's commit waited for its ~60 MB to reach the disk.
    private const string Session = "PRAGMA synchronous = OFF";

    private string? _damagedOnSave;

    // One transaction for the run: what it adds is kept whole by Save, or not at all (a cache may forget, never half-know).
    private ExtractionCache(SqliteConnection connection)
    {
        _connection = connection;
        SqliteRuntime.Execute(connection, Session);
        if (UserVersion() < Layout)
        {
            SqliteRuntime.Execute(connection, $"DROP TABLE IF EXISTS extractions; PRAGMA auto_vacuum = INCREMENTAL; VACUUM; PRAGMA user_version = {Layout};");
        }

        SqliteRuntime.Execute(connection, "CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, doc TEXT NOT NULL, payload BLOB NOT NULL)");
        // Not mapped: a run reads every entry once (about half the corpus's size), and each page it read through a
        // mapping stayed counted in the process's resident memory while the cache was open (55 MB at 100 MB of input,
        // 547 MB at 1 GB), beside the table decoded from it. Read through SQLite's own page cache, a few MB reused.
        SqliteRuntime.Execute(connection, "PRAGMA mmap_size = 0");
        _transaction = connection.BeginTransaction();
        _find = new PayloadLookup(connection);
        _put = Command("INSERT OR REPLACE INTO extractions (key, doc, payload) VALUES ($key, $doc, $payload)", "$key", "$doc", "$payload");
        _keys = ReadKeys(connection, _transaction); // every page of the key index read now: damage there is found on opening
    }

    /// <summary>Why the file was started anew when opened (it was damaged or not a database); null when it opened as it was.</summary>
    public string? Discarded { get; private set; }

    /// <summary>
    /// Opens the cache at <paramref name="path"/>, creating it (and its folder) when missing. A file SQLite finds damaged
    /// or not a database (a power cut, a foreign file) is deleted and started empty (<see cref="Discarded"/> says why):
    /// every document is then extracted again.
    /// </summary>
    public static ExtractionCache Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            return OpenFile(path);
        }
        catch (SqliteException e) when (SqliteDamage.Is(e))
        {
            Delete(path);
            var cache = OpenFile(path);
            cache.Discarded = e.Message;
            return cache;
        }
    }

    /// <summary>Every key held when the file was opened, to tell which documents need extracting before any entry is read.</summary>
    public IReadOnlySet<string> Keys() => _keys;

    /// <summary>
    /// The keys the file at <paramref name="path"/> holds, read without opening it for a run: nothing is created,
    /// emptied or deleted (<see cref="Open"/> starts a damaged or older file anew). Empty when there is no such file or
    /// it holds no entries.
    /// </summary>
    /// <exception cref="SqliteException">The file is not a readable cache.</exception>
    public static IReadOnlySet<string> KeysIn(string path)
    {
        if (!File.Exists(path))
        {
            return new HashSet<string>();
        }

        using var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'extractions'";
        if (command.ExecuteScalar() is null)
        {
            return new HashSet<string>();
        }

        return ReadKeys(connection, transaction: null);
    }

    private static ExtractionCache OpenFile(string path)
    {
        var connection = SqliteRuntime.Open(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            return new ExtractionCache(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static HashSet<string> ReadKeys(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT key FROM extractions";
        using var reader = command.ExecuteReader();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>The entry under <paramref name="key"/>; null when there is none or it cannot be read (then it is extracted anew).</summary>
    public CachedExtraction? Find(string key) => Lookup(key, explain: false, out _);

    // The entry under the key, read and decoded; null where there is none, with what went wrong (no entry, a damaged page
    // under it, an entry that does not decode) when asked to explain — a read-back throws it, a hit's miss (every document
    // of a fresh run) makes nothing. A hit and a read-back differ only in what they make of a failure.
    private CachedExtraction? Lookup(string key, bool explain, out FormatException? fault)
    {
        fault = null;
        PayloadLookup.Payload? found;
        lock (_gate)
        {
            try
            {
                found = _find.Find(key);
            }
            catch (SqliteException e) when (SqliteDamage.Is(e))
            {
                fault = explain ? new FormatException($"The cache's page under '{key}' is damaged: {e.Message}", e) : null;
                return null;
            }
        }

        if (found is not { } payload)
        {
            fault = explain ? new FormatException($"The cache holds no entry under '{key}'.") : null;
            return null;
        }

        try
        {
            return CachedExtractionCodec.Decode(payload.Buffer, payload.Length, _shared);
        }
        catch (FormatException e)
        {
            fault = e;
            return null;
        }
        finally
        {
            payload.Return();
        }
    }

    /// <summary>An entry made ready to <see cref="Put(string, EncodedExtraction)"/>: the costly part, for a worker to do outside the lock.</summary>
    public static EncodedExtraction Encode(CachedExtraction entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new EncodedExtraction(entry.Document.Name, CachedExtractionCodec.Encode(entry));
    }

    public void Put(string key, CachedExtraction entry) => Put(key, Encode(entry));

    /// <summary>
    /// An entry this run put (<see cref="Put(string, EncodedExtraction)"/>), read back from the file and decoded as a hit
    /// is: the same objects a later run gets from the file, its labels shared with the other entries this cache decodes.
    /// So a run need not hold the entries it extracts in memory until it decodes them (547 MB of them at 1 GB of input).
    /// </summary>
    /// <exception cref="FormatException">The entry does not decode (a fault of the codec, never of the document), or the file does not hold it or is damaged under it.</exception>
    public CachedExtraction Reread(string key) =>
        Lookup(key, explain: true, out var fault) ?? throw new FormatException($"{fault!.Message} (an entry this run put)", fault);

    public void Put(string key, EncodedExtraction entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _put.Parameters["$key"].Value = key;
            _put.Parameters["$doc"].Value = entry.Doc;
            _put.Parameters["$payload"].Value = entry.Payload;
            _put.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Drops every entry but <paramref name="keys"/> (this run's documents), so the cache stays the size of the corpus,
    /// and commits what the run added.
    /// </summary>
    public void Save(IEnumerable<string> keys)
    {
        var transaction = _transaction;
        SqliteRuntime.Execute(_connection, "CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY); DELETE FROM used;", transaction);
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR IGNORE INTO used (key) VALUES ($key)";
            var parameter = insert.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys)
            {
                parameter.Value = key;
                insert.ExecuteNonQuery();
            }
        }

        try
        {
            SqliteRuntime.Execute(_connection, "DELETE FROM extractions WHERE key NOT IN (SELECT key FROM used)", transaction);
            transaction.Commit();
            // A new program build replaces every entry: the file shrinks back to what this run's entries need.
            SqliteRuntime.Execute(_connection, "PRAGMA incremental_vacuum");
        }
        catch (SqliteException e) when (SqliteDamage.Is(e))
        {
            _damagedOnSave = e.Message; // the run goes on; the file is deleted on Dispose and the next run starts anew
        }
    }

    public void Dispose()
    {
        _find.Dispose();
        _put.Dispose();
        _transaction.Dispose();
        var path = _connection.DataSource;
        _connection.Dispose();
        if (_damagedOnSave is not null)
        {
            Delete(path);
        }
    }

    private static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(path + "-journal"); // a journal of a damaged file would be rolled into the new one
    }

    private long UserVersion()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)command.ExecuteScalar()!;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, name == "$payload" ? SqliteType.Blob : SqliteType.Text);
        }

        return command;
    }
}
