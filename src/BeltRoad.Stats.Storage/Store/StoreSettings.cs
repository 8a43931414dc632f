using Microsoft.Data.Sqlite;
using Npgsql;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Which database the run store is: <c>--store</c> or <c>Store: { Provider, ConnectionString }</c>. Shown only
/// through <see cref="ToString"/>, which leaves the password out.
/// </summary>
public sealed record StoreSettings(StoreProvider Provider, string ConnectionString)
{
    /// <summary>
    /// <c>--store</c> text: a PostgreSQL connection string (<c>Host=…;Database=…</c>), else a SQLite file
    /// (<c>Data Source=team.sqlite</c> or just the path).
    /// </summary>
    /// <exception cref="ArgumentException">Empty, or not a connection string either provider accepts.</exception>
    public static StoreSettings Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return new(StoreProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = text }.ToString());
        }

        return text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase)
            ? Of(StoreProvider.Postgres, text)
            : Of(StoreProvider.Sqlite, text);
    }

    /// <summary>The provider by name (<c>sqlite</c>, <c>postgres</c>/<c>postgresql</c>), checking that the connection string parses.</summary>
    /// <exception cref="ArgumentException">Unknown provider, or a connection string the provider rejects.</exception>
    public static StoreSettings Of(string provider, string connectionString) => provider.ToLowerInvariant() switch
    {
        "sqlite" => Of(StoreProvider.Sqlite, connectionString),
        "postgres" or "postgresql" or "npgsql" => Of(StoreProvider.Postgres, connectionString),
        _ => throw new ArgumentException($"unknown store provider '{provider}' (sqlite or postgres)", nameof(provider)),
    };

    /// <summary>A SQLite file at <paramref name="path"/>: the default store, the output's run log.</summary>
    public static StoreSettings SqliteFile(string path) => new(StoreProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    /// <summary>The connection string without its password, for logs and messages.</summary>
    public override string ToString() => Provider switch
    {
        StoreProvider.Postgres => $"postgres {Redacted(new NpgsqlConnectionStringBuilder(ConnectionString))}",
        StoreProvider.Sqlite => $"sqlite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => throw new InvalidOperationException($"Unknown store provider {Provider}."),
    };

    private static StoreSettings Of(StoreProvider provider, string connectionString)
    {
        try
        {
            var settings = new StoreSettings(provider, connectionString);
            _ = settings.ToString(); // parses the string: a malformed one fails here, at start, not at the first firing
            return settings;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"not a valid {provider} connection string: {e.Message}", nameof(connectionString), e);
        }
    }

    private static string Redacted(NpgsqlConnectionStringBuilder builder)
    {
        builder.Remove("Password");
        return builder.ToString();
    }
}
