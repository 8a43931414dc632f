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
internal abstract class KeyedRows : IDisposable
{
    public const int BatchSize = 256;

    /// <summary>The items added, in order, with whether each row was inserted; complete once <see cref="Inserted()"/> is called.</summary>
    private readonly List<(int Item, bool Inserted)> _items = [];

    public static KeyedRows Open(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns) =>
        connection is SqliteConnection || !connection.CanCreateBatch
            ? new OneByOne(RowInserter.Open(connection, transaction, table, columns, $"({columns[0]}) DO NOTHING"))
            : new Batched(connection, transaction, table, columns);

    /// <summary>Adds <paramref name="item"/>'s row (its key first), inserted unless its key is stored.</summary>
    public void Add(int item, object?[] row)
    {
        _items.Add((item, false));
        Insert(_items.Count - 1, row);
    }

    /// <summary>The items whose rows were inserted, in the order added.</summary>
    public List<int> Inserted()
    {
        Flush();
        return [.. _items.Where(i => i.Inserted).Select(i => i.Item)];
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Inserts the row of the item at <paramref name="position"/> now or later, and marks it (<see cref="MarkInserted"/>) if it was.</summary>
    protected abstract void Insert(int position, object?[] row);

    /// <summary>Inserts whatever is still held back.</summary>
    protected virtual void Flush()
    {
    }

    protected void MarkInserted(int position) => _items[position] = (_items[position].Item, true);

    protected abstract void Dispose(bool disposing);

    private static string Statement(string table, IReadOnlyList<string> columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) VALUES " +
        $"({string.Join(", ", columns.Select((_, i) => Sql.Parameter(i)))}) ON CONFLICT ({columns[0]}) DO NOTHING";

    private sealed class OneByOne(RowInserter rows) : KeyedRows
    {
        protected override void Insert(int position, object?[] row)
        {
            if (rows.Insert(row) == 1)
            {
                MarkInserted(position);
            }
        }

        protected override void Dispose(bool disposing) => rows.Dispose();
    }

    /// <summary>Single-row statements sent together: each keeps its own parameter types and its own count of rows inserted.</summary>
    private sealed class Batched(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns) : KeyedRows
    {
        private readonly string _statement = Statement(table, columns);
        private readonly List<(int Position, object?[] Row)> _held = new(BatchSize);

        protected override void Insert(int position, object?[] row)
        {
            if (row.Length != columns.Count)
            {
                throw new ArgumentException($"Expected {columns.Count} values, got {row.Length}.", nameof(row));
            }

            _held.Add((position, row));
            if (_held.Count == BatchSize)
            {
                Flush();
            }
        }

        protected override void Flush()
        {
            if (_held.Count == 0)
            {
                return;
            }

            using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (_, row) in _held)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = _statement;
                for (var i = 0; i < row.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = Sql.Parameter(i);
                    parameter.Value = row[i] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            batch.ExecuteNonQuery();
            for (var i = 0; i < _held.Count; i++)
            {
                if (batch.BatchCommands[i].RecordsAffected == 1)
                {
                    MarkInserted(_held[i].Position);
                }
            }

            _held.Clear();
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
