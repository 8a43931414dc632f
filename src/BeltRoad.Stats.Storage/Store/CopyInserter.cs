using Npgsql;
using NpgsqlTypes;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// PostgreSQL's binary COPY into one table, inside the connection's transaction: the rows stream to the server
/// and are checked (keys, references) as they arrive; nothing else may use the connection until <see cref="Complete"/>.
/// </summary>
internal sealed class CopyInserter : RowInserter
{
    private readonly NpgsqlBinaryImporter _copy;
    private readonly object?[] _row;

    public CopyInserter(NpgsqlConnection connection, string table, IReadOnlyList<string> columns)
    {
        _copy = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) FROM STDIN (FORMAT BINARY)");
        _row = new object?[columns.Count];
    }

    public override int Columns => _row.Length;

    public override void Value(int column, object? value) => _row[column] = value;

    public override int Insert()
    {
        _copy.StartRow();
        for (var i = 0; i < _row.Length; i++)
        {
            Write(i, _row[i]);
            _row[i] = null;
        }

        return Inserted;
    }

    public override void Complete() => _copy.Complete();

    protected override void Dispose(bool disposing) => _copy.Dispose();

    // The store's column types (SqlDialect.Postgres): TEXT, BIGINT, DOUBLE PRECISION. Binary COPY sends each value
    // in its column's exact type, so an int goes as a BIGINT.
    private void Write(int column, object? value)
    {
        switch (value)
        {
            case null:
                _copy.WriteNull();
                break;
            case string text:
                _copy.Write(text, NpgsqlDbType.Text);
                break;
            case long integer:
                _copy.Write(integer, NpgsqlDbType.Bigint);
                break;
            case int integer:
                _copy.Write((long)integer, NpgsqlDbType.Bigint);
                break;
            case double real:
                _copy.Write(real, NpgsqlDbType.Double);
                break;
            default:
                throw new ArgumentException($"Column {column} has a {value.GetType().Name}; columns hold text, integers, doubles or null.", nameof(value));
        }
    }
}
