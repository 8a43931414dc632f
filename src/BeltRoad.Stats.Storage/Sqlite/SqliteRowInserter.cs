using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One INSERT prepared once on the native handle, its parameters bound column by column for each row: no command
/// objects, boxed values or strings made per row. For bulk-loading a file nobody reads yet (facts.sqlite in staging).
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        Columns = columns.Count;
    }

    public int Columns { get; }

    /// <summary>Binds parameter <paramref name="column"/> (from 0); null text binds NULL.</summary>
    public void Text(int column, ReadOnlySpan<char> value) => Check(raw.sqlite3_bind_text16(_statement, column + 1, value));

    public void Text(int column, string? value)
    {
        if (value is null)
        {
            Null(column);
        }
        else
        {
            Text(column, value.AsSpan());
        }
    }

    public void Integer(int column, long value) => Check(raw.sqlite3_bind_int64(_statement, column + 1, value));

    public void Integer(int column, long? value)
    {
        if (value is { } v)
        {
            Integer(column, v);
        }
        else
        {
            Null(column);
        }
    }

    public void Real(int column, double value) => Check(raw.sqlite3_bind_double(_statement, column + 1, value));

    public void Null(int column) => Check(raw.sqlite3_bind_null(_statement, column + 1));

    /// <summary>A value as the shared column lists give it (<see cref="Column{T}"/>): text, an integer, a double or null.</summary>
    public void Value(int column, object? value)
    {
        switch (value)
        {
            case null:
                Null(column);
                break;
            case string text:
                Text(column, text.AsSpan());
                break;
            case long integer:
                Integer(column, integer);
                break;
            case int integer:
                Integer(column, integer);
                break;
            case double real:
                Real(column, real);
                break;
            default:
                throw new ArgumentException($"Column {column} has a {value.GetType().Name}; columns hold text, integers, doubles or null.", nameof(value));
        }
    }

    /// <summary>Binds and inserts one row of a shared column list.</summary>
    public void Insert<T>(IReadOnlyList<Column<T>> columns, T row)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            Value(i, columns[i].Value(row));
        }

        Insert();
    }

    /// <summary>Inserts the bound row; every parameter is bound anew before the next one.</summary>
    public void Insert()
    {
        var rc = raw.sqlite3_step(_statement);
        try
        {
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db); // before the reset, while the message is this row's
            }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
