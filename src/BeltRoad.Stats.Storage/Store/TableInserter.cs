using System.Data.Common;

namespace BeltRoad.Stats.Storage;

/// <summary>A prepared INSERT for one table, reused for every row inside the write transaction; works on either backend.</summary>
internal sealed class TableInserter : IDisposable
{
    private readonly DbCommand command;

    /// <param name="onConflict">e.g. <c>(key) DO NOTHING</c>: a row already stored is kept, and <see cref="Insert(object?[])"/> returns 0.</param>
    public TableInserter(DbConnection connection, DbTransaction transaction, string table, IEnumerable<string> columns, string? onConflict = null)
    {
        var names = columns.ToList();
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO " + table + " (" + string.Join(", ", names.Select(c => "\"" + c + "\"")) + ") VALUES ("
            + string.Join(", ", names.Select((_, i) => Sql.Parameter(i))) + ")" + (onConflict is null ? "" : " ON CONFLICT " + onConflict);
        for (var i = 0; i < names.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Sql.Parameter(i);
            command.Parameters.Add(parameter);
        }
    }

    public TableInserter(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
        : this(connection, transaction, table, (IEnumerable<string>)columns)
    {
    }

    /// <returns>The rows inserted: 1, or 0 when the conflict clause kept a stored row.</returns>
    public int Insert(params object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"Expected {command.Parameters.Count} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>One row: <paramref name="key"/>, then the columns' values of <paramref name="row"/> (no array per row).</summary>
    public int Insert<T>(object key, IReadOnlyList<Column<T>> columns, T row)
    {
        if (columns.Count + 1 != command.Parameters.Count)
        {
            throw new ArgumentException($"Expected {command.Parameters.Count - 1} columns, got {columns.Count}.", nameof(columns));
        }

        command.Parameters[0].Value = key;
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters[i + 1].Value = columns[i].Value(row) ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
