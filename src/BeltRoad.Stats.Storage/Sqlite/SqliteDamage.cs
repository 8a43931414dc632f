using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What SQLite says of a file it cannot trust: damaged pages, or not a database at all. The files SQLite keeps here are
/// never synced (a power cut may damage them), so each one has a way to start anew instead of failing every run.
/// </summary>
public static class SqliteDamage
{
    public static bool Is(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB };
}
