namespace BeltRoad.Stats.Storage;

/// <summary>
/// What differs between the two backends' SQL: column type names and how a migration shuts out a second node
/// migrating at the same moment. Everything else (tables, views, upserts) is written once, in SQL both accept.
/// </summary>
internal sealed record SqlDialect(StoreProvider Provider, string Integer, string Real, string? MigrationLock)
{
    public static SqlDialect Sqlite { get; } = new(StoreProvider.Sqlite, "INTEGER", "REAL", null); // BEGIN IMMEDIATE locks the file

    // A transaction-scoped advisory lock: two nodes starting together migrate one after the other.
    public static SqlDialect Postgres { get; } = new(StoreProvider.Postgres, "BIGINT", "DOUBLE PRECISION", "SELECT pg_advisory_xact_lock(7146315120)");

    public string TypeOf(ColumnType type) => type switch
    {
        ColumnType.Text => "TEXT",
        ColumnType.Integer => Integer,
        ColumnType.Real => Real,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
