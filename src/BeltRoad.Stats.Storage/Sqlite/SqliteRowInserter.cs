using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One INSERT prepared once on the native handle, its parameters bound column by column for each row: no command
/// objects, boxed values or strings made per row. Text is bound as UTF-8 (the file's encoding, so SQLite converts
/// nothing) from one reused buffer, through <see cref="SqliteNative"/>. For bulk-loading a file nobody reads yet
/// (facts.sqlite in staging), and the run store's rows on SQLite (<see cref="RowInserter.Open"/>).
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;
    private byte[] _utf8 = new byte[1024];

    /// <param name="onConflict">e.g. <c>(key) DO NOTHING</c>: a row already stored is kept, and <see cref="Insert()"/> returns 0.</param>
    public SqliteRowInserter(SqliteConnection connection, string table, IReadOnlyList<string> columns, string? onConflict = null)
    {
        // Bound by position: SQLite numbers the statement's named parameters @p0, @p1… from 1 in the order they appear.
        _statement = SqliteNative.Prepare(connection, Sql.InsertRow(table, columns, onConflict), out _db);
        _handle = _statement.DangerousGetHandle(); // kept alive by _statement until Dispose
        Columns = columns.Count;
    }

    public int Columns { get; }

    /// <summary>Binds parameter <paramref name="column"/> (from 0); null text binds NULL.</summary>
    public void Text(int column, ReadOnlySpan<char> value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(SqliteNative.BindText(_handle, column + 1, _utf8.AsSpan(0, length)));
    }

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

    public void Integer(int column, long value) => Check(SqliteNative.BindInteger(_handle, column + 1, value));

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

    public void Real(int column, double value) => Check(SqliteNative.BindReal(_handle, column + 1, value));

    public void Null(int column) => Check(SqliteNative.BindNull(_handle, column + 1));

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
    public void Insert<T>(IReadOnlyList<Column<T>> columns, T row) => Insert(0, columns, row);

    /// <summary>Binds and inserts one row: <paramref name="key"/>, then the values of a shared column list.</summary>
    public void Insert<T>(long key, IReadOnlyList<Column<T>> columns, T row)
    {
        Integer(0, key);
        Insert(1, columns, row);
    }

    private void Insert<T>(int first, IReadOnlyList<Column<T>> columns, T row)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            Value(first + i, columns[i].Value(row));
        }

        Insert();
    }

    /// <summary>Inserts the bound row; every parameter is bound anew before the next one.</summary>
    /// <returns>The rows inserted: 1, or 0 when the conflict clause kept a stored row.</returns>
    public int Insert()
    {
        var rc = SqliteNative.Step(_handle);
        try
        {
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db); // before the reset, while the message is this row's
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            SqliteNative.Reset(_handle);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteNative.Check(rc, _db);
}
