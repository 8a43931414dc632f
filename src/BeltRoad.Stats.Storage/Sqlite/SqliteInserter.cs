using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>A prepared INSERT for one table, reused for every row inside the write transaction.</summary>
internal sealed class SqliteInserter : IDisposable
{
    private readonly SqliteCommand command;

    public SqliteInserter(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => "\"" + c + "\""));
        var slots = string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = "INSERT INTO " + table + " (" + names + ") VALUES (" + slots + ")";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) });
        }
    }

    public void Insert(params object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"Expected {command.Parameters.Count} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
