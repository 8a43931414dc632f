using System.Data.Common;
using System.Globalization;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Brings a store to <see cref="StoreMigrations.Latest"/> in one transaction, or refuses a store whose schema is
/// newer than this program (a newer program has written to it; an older one would misread it).
/// </summary>
internal static class StoreMigrator
{
    public static void Migrate(DbConnection connection, SqlDialect dialect, string storeName)
    {
        // A store at this program's schema (every run's but the first) is only read: no write transaction, so a reader
        // holding the file (a run log open in a sqlite3 shell) costs nothing here.
        if (CurrentOrNull(connection) == StoreMigrations.Latest)
        {
            return;
        }

        DbTransactions.Run(connection, transaction =>
        {
            if (dialect.MigrationLock is { } lockSql)
            {
                Sql.Execute(connection, transaction, lockSql);
            }

            Sql.Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            var current = Version(connection, transaction, storeName);
            if (current > StoreMigrations.Latest)
            {
                throw new StoreSchemaException(
                    $"{storeName}: the store's schema is version {current}, newer than this program's {StoreMigrations.Latest}; " +
                    "a newer beltroad-stats wrote to it. Upgrade this program, or point --store at another database.");
            }

            foreach (var migration in StoreMigrations.All.Where(m => m.Version > current))
            {
                try
                {
                    Sql.Execute(connection, transaction, migration.Sql(dialect));
                }
                catch (DbException e)
                {
                    throw new StoreSchemaException($"{storeName}: upgrading the schema to version {migration.Version} ({migration.Description}) failed: {e.Message}", e);
                }
            }

            if (current < StoreMigrations.Latest)
            {
                Sql.Execute(connection, transaction,
                    "INSERT INTO meta (key, value) VALUES ('schema_version', @p0) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    StoreMigrations.Latest.ToString(CultureInfo.InvariantCulture));
            }
        });
    }

    // The version recorded, or null when there is none yet (no meta table: a new store) or it cannot be read here.
    private static int? CurrentOrNull(DbConnection connection)
    {
        try
        {
            return Sql.Scalar(connection, null, "SELECT value FROM meta WHERE key = 'schema_version'") is string text
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>The schema version the store records; 0 for an empty database.</summary>
    public static int Version(DbConnection connection, DbTransaction? transaction, string storeName)
    {
        var text = Sql.Scalar(connection, transaction, "SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new StoreSchemaException($"{storeName}: meta.schema_version is '{text}', not a version number.");
    }
}
