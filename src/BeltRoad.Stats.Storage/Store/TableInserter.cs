using System.Data.Common;

namespace BeltRoad.Stats.Storage;

/// <summary>A prepared INSERT for one table, reused for every row inside the write transaction; works on either backend.</summary>
internal sealed class TableInserter : IDisposable
{
    private readonly DbCommand command;

    public TableInserter(DbConnection connection, DbTransaction transaction, string table, IEnumerable<string> columns)
    {
        var names = columns.ToList();
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO " + table + " (" + string.Join(", ", names.Select(c => "\"" + c + "\"")) + ") VALUES ("
            + string.Join(", ", names.Select((_, i) => Sql.Parameter(i))) + ")";
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
