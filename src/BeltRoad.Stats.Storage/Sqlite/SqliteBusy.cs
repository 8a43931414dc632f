using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What SQLite says when another connection holds the file: a reader's open transaction keeps every writer from
/// committing, a writer's keeps the others out. Microsoft.Data.Sqlite retries for the command timeout first
/// (<see cref="RunStores.BusyWait"/> for a run store), then throws this.
/// </summary>
public static class SqliteBusy
{
    public static bool Is(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED };
}
