using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>Another database file attached to a connection for the length of some work (ATTACH cannot run inside a transaction, so it wraps one).</summary>
internal static class SqliteAttachment
{
    public static void With(SqliteConnection connection, string path, string schema, Action work)
    {
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE $path AS {schema}";
            attach.Parameters.AddWithValue("$path", path);
            attach.ExecuteNonQuery();
        }

        try
        {
            work();
        }
        catch (Exception)
        {
            TryDetach(connection, schema); // best effort: the work's error is the one to report
            throw;
        }

        SqliteRuntime.Execute(connection, $"DETACH DATABASE {schema}");
    }

    private static void TryDetach(SqliteConnection connection, string schema)
    {
        try
        {
            SqliteRuntime.Execute(connection, $"DETACH DATABASE {schema}");
        }
        catch (SqliteException)
        {
            // The connection is closed with the caller's error; nothing stays attached past it.
        }
    }
}
