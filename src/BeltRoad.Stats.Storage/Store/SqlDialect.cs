namespace BeltRoad.Stats.Storage;

/// <summary>
/// What differs between the two backends' SQL: column type names and how a migration shuts out a second node
/// migrating at the same moment. Everything else (tables, views, upserts) is written once, in SQL both accept.
/// </summary>
/// <param name="AttachesFactStore">Whether a connection can attach the run's facts.sqlite and copy rows from it (SQLite: the same engine).</param>
internal sealed record SqlDialect(StoreProvider Provider, string Integer, string Real, string? MigrationLock, bool AttachesFactStore)
{
    public static SqlDialect Sqlite { get; } = new(StoreProvider.Sqlite, "INTEGER", "REAL", null, AttachesFactStore: true); // BEGIN IMMEDIATE locks the file

    // A transaction-scoped advisory lock: two nodes starting together migrate one after the other.
    public static SqlDialect Postgres { get; } = new(StoreProvider.Postgres, "BIGINT", "DOUBLE PRECISION", "SELECT pg_advisory_xact_lock(7146315120)", AttachesFactStore: false);

    public string TypeOf(ColumnType type) => type switch
    {
        ColumnType.Text => "TEXT",
        ColumnType.Integer => Integer,
        ColumnType.Real => Real,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
