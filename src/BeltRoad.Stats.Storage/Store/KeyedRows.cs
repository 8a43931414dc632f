using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Rows keyed by their first column, each inserted unless the store holds its key, telling which were: content
/// (fact sets, document versions, shards, findings) is stored once however many runs name it. On SQLite each row is
/// one step of a prepared statement, in process. Elsewhere (PostgreSQL) the rows go <see cref="BatchSize"/> to a round
/// trip as a batch of the same single-row statements, each with its own count: a round trip per row was ≈ 6,700 of
/// them for a fresh 100 MB run, and more over a network.
/// </summary>
internal static class KeyedRows
{
    public const int BatchSize = 256;

    /// <summary>Inserts each item's row (its key first) unless its key is stored, or came in an earlier row.</summary>
    /// <returns>The items whose rows were inserted, in the order given.</returns>
    public static List<int> InsertAbsent(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<(int Item, object?[] Row)> rows) =>
        connection is SqliteConnection || !connection.CanCreateBatch
            ? OneByOne(connection, transaction, table, columns, rows)
            : Batched(connection, transaction, table, columns, rows);

    /// <summary>The conflict clause that keeps a stored row: the key is the first column.</summary>
    private static string DoNothing(IReadOnlyList<string> columns) => $"({columns[0]}) DO NOTHING";

    private static List<int> OneByOne(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<(int Item, object?[] Row)> rows)
    {
        var inserted = new List<int>();
        using var insert = RowInserter.Open(connection, transaction, table, columns, DoNothing(columns));
        foreach (var (item, row) in rows)
        {
            if (insert.Insert(row) == 1)
            {
                inserted.Add(item);
            }
        }

        return inserted;
    }

    /// <summary>Single-row statements sent together: each keeps its own parameter types and its own count of rows inserted.</summary>
    private static List<int> Batched(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<(int Item, object?[] Row)> rows)
    {
        var statement = Sql.InsertRow(table, columns, DoNothing(columns));
        var inserted = new List<int>();
        var held = new List<(int Item, object?[] Row)>(BatchSize);
        foreach (var row in rows)
        {
            if (row.Row.Length != columns.Count)
            {
                throw new ArgumentException($"Expected {columns.Count} values, got {row.Row.Length}.", nameof(rows));
            }

            held.Add(row);
            if (held.Count == BatchSize)
            {
                Send(connection, transaction, statement, held, inserted);
            }
        }

        Send(connection, transaction, statement, held, inserted);
        return inserted;
    }

    private static void Send(DbConnection connection, DbTransaction transaction, string statement, List<(int Item, object?[] Row)> held, List<int> inserted)
    {
        if (held.Count == 0)
        {
            return;
        }

        using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (_, row) in held)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement;
            Sql.Bind(command.Parameters, command.CreateParameter, row);
            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
        for (var i = 0; i < held.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected == 1)
            {
                inserted.Add(held[i].Item);
            }
        }

        held.Clear();
    }
}
