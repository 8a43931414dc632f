using System.Buffers;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The cache's lookup by key, prepared once on the native handle: a hit's payload is copied from SQLite's page
/// straight into a pooled buffer. Through a command each hit came back as a new array: a cached run's
/// entries are half the corpus's size, all garbage as soon as decoded. Not thread-safe: the cache calls it under its lock.
/// </summary>
internal sealed class PayloadLookup : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public PayloadLookup(SqliteConnection connection)
    {
        _statement = SqliteNative.Prepare(connection, "SELECT payload FROM extractions WHERE key = ?1", out _db);
    }

    /// <summary>The payload under <paramref name="key"/> in a buffer from <see cref="ArrayPool{T}.Shared"/> (the caller returns it); null when there is none.</summary>
    public Payload? Find(string key)
    {
        try
        {
            SqliteNative.Check(raw.sqlite3_bind_text(_statement, 1, key), _db);
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                return null;
            }

            if (rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            var blob = raw.sqlite3_column_blob(_statement, 0);
            var buffer = ArrayPool<byte>.Shared.Rent(blob.Length);
            blob.CopyTo(buffer);
            return new Payload(buffer, blob.Length);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>A payload's bytes: the first <paramref name="Length"/> of a pooled <paramref name="Buffer"/>.</summary>
    internal readonly record struct Payload(byte[] Buffer, int Length)
    {
        public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
    }
}
