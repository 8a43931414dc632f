using System.Data.Common;

namespace BeltRoad.Stats.Storage;

/// <summary>A prepared INSERT for one table, reused for every row inside the write transaction; works on either backend.</summary>
internal sealed class TableInserter : RowInserter
{
    private readonly DbCommand command;

    /// <param name="onConflict">e.g. <c>(key) DO NOTHING</c>: a row already stored is kept, and <see cref="Insert()"/> returns 0.</param>
    public TableInserter(DbConnection connection, DbTransaction transaction, string table, IEnumerable<string> columns, string? onConflict = null)
    {
        var names = columns.ToList();
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql.InsertRow(table, names, onConflict);
        Sql.Bind(command.Parameters, command.CreateParameter, new object?[names.Count]); // bound anew for every row
    }

    public TableInserter(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
        : this(connection, transaction, table, (IEnumerable<string>)columns)
    {
    }

    public override int Columns => command.Parameters.Count;

    public override void Value(int column, object? value) => command.Parameters[column].Value = value ?? DBNull.Value;

    public override int Insert() => command.ExecuteNonQuery();

    protected override void Dispose(bool disposing) => command.Dispose();
}
