using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>Loads the bundled native SQLite once and opens connections the way every FactStore call needs them.</summary>
internal static class SqliteRuntime
{
    // Microsoft.Data.Sqlite.Core does not pick a native provider by itself; the bundle's Init does, and must run once.
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    /// <summary>
    /// Pooling off: a pooled connection keeps the file open after Dispose, which would stop the caller
    /// from moving or deleting the staged file straight away.
    /// </summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        Open(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode });

    /// <summary>A store's connection string, with the same pooling and key checks as a facts.sqlite file.</summary>
    public static SqliteConnection Open(string connectionString) => Open(new SqliteConnectionStringBuilder(connectionString));

    private static SqliteConnection Open(SqliteConnectionStringBuilder builder)
    {
        _ = Initialised.Value;
        builder.Pooling = false;
        builder.ForeignKeys = true; // a fact naming a document that is not in the table is a bug to stop on
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
