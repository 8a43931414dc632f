using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>Runs plain SQL against a store, as a BI tool would, and gives every row as text (types normalised across providers).</summary>
internal static class StoreRows
{
    public static List<string> Query(StoreSettings store, string sql)
    {
        using var connection = Connect(store);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))));
        }

        return rows;
    }

    public static void Execute(StoreSettings store, string sql)
    {
        using var connection = Connect(store);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DbConnection Connect(StoreSettings store) => store.Provider == StoreProvider.Postgres
        ? new NpgsqlConnection(store.ConnectionString)
        : new SqliteConnection(store.ConnectionString + ";Pooling=False");

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        int or long or short => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => throw new InvalidOperationException($"Unexpected column type {value.GetType()}"),
    };
}
