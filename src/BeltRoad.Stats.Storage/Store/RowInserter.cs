using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Rows of one run-store table, bound value by value and inserted inside the write transaction, each backend its
/// fastest way: on SQLite the native prepared statement (<see cref="SqliteRowInserter"/>: no command or boxed
/// parameter per row); on PostgreSQL plain rows go through one binary COPY (no round trip per row), rows with a
/// conflict clause through a prepared command (<see cref="TableInserter"/>).
/// </summary>
internal abstract class RowInserter : IDisposable
{
    /// <summary>The row count <see cref="Insert()"/> gives when it cannot tell (a COPY reports at its end).</summary>
    protected const int Inserted = 1;

    /// <param name="onConflict">e.g. <c>(key) DO NOTHING</c>: a row already stored is kept, and <see cref="Insert()"/> returns 0.</param>
    public static RowInserter Open(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, string? onConflict = null) =>
        connection switch
        {
            SqliteConnection sqlite => new SqliteTableInserter(new SqliteRowInserter(sqlite, table, columns, onConflict)),
            NpgsqlConnection postgres when onConflict is null => new CopyInserter(postgres, table, columns),
            _ => new TableInserter(connection, transaction, table, columns, onConflict),
        };

    public abstract int Columns { get; }

    /// <summary>Binds parameter <paramref name="column"/> (from 0): text, an integer, a double or null.</summary>
    public abstract void Value(int column, object? value);

    /// <summary>Inserts the bound row; every value is bound anew before the next one.</summary>
    /// <returns>The rows inserted: 1, or 0 when the conflict clause kept a stored row.</returns>
    public abstract int Insert();

    /// <summary>Ends the rows: a COPY is sent here, and one disposed without it is cancelled.</summary>
    public virtual void Complete()
    {
    }

    /// <returns>The rows inserted: 1, or 0 when the conflict clause kept a stored row.</returns>
    public int Insert(params object?[] values)
    {
        if (values.Length != Columns)
        {
            throw new ArgumentException($"Expected {Columns} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Value(i, values[i]);
        }

        return Insert();
    }

    /// <summary>One row: <paramref name="key"/>, then the columns' values of <paramref name="row"/> (no array per row).</summary>
    public int Insert<T>(object key, IReadOnlyList<Column<T>> columns, T row)
    {
        if (columns.Count + 1 != Columns)
        {
            throw new ArgumentException($"Expected {Columns - 1} columns, got {columns.Count}.", nameof(columns));
        }

        Value(0, key);
        for (var i = 0; i < columns.Count; i++)
        {
            Value(i + 1, columns[i].Value(row));
        }

        return Insert();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    private sealed class SqliteTableInserter(SqliteRowInserter rows) : RowInserter
    {
        public override int Columns => rows.Columns;

        public override void Value(int column, object? value) => rows.Value(column, value);

        public override int Insert() => rows.Insert();

        protected override void Dispose(bool disposing) => rows.Dispose();
    }
}
