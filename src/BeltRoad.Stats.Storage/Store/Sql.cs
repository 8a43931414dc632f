using System.Data.Common;
using System.Globalization;

namespace BeltRoad.Stats.Storage;

/// <summary>Plain ADO.NET commands with positional parameters <c>@p0, @p1, …</c>, which both providers accept.</summary>
internal static class Sql
{
    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        using var command = Command(connection, transaction, sql, values);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params object?[] values)
    {
        using var command = Command(connection, transaction, sql, values);
        return command.ExecuteScalar() is var result and not DBNull ? result : null;
    }

    public static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, params object?[] values) =>
        Query(connection, null, sql, map, values);

    public static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, params object?[] values)
    {
        using var command = Command(connection, transaction, sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string Parameter(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>An INSERT of one row into <paramref name="columns"/> (quoted) from parameters <c>@p0…</c>, with its conflict clause if any (e.g. <c>(key) DO NOTHING</c>).</summary>
    public static string InsertRow(string table, IEnumerable<string> columns, string? onConflict)
    {
        var names = columns.ToList();
        return "INSERT INTO " + table + " (" + string.Join(", ", names.Select(c => "\"" + c + "\"")) + ") VALUES ("
            + string.Join(", ", names.Select((_, i) => Parameter(i))) + ")" + (onConflict is null ? "" : " ON CONFLICT " + onConflict);
    }

    /// <summary>Adds <paramref name="values"/> as parameters <c>@p0…</c> (null as SQL NULL), each made by <paramref name="create"/>.</summary>
    public static void Bind(DbParameterCollection parameters, Func<DbParameter> create, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = create();
            parameter.ParameterName = Parameter(i);
            parameter.Value = values[i] ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, object?[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Bind(command.Parameters, command.CreateParameter, values);
        return command;
    }
}
