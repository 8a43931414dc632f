namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>One PostgreSQL server per test class, started on first use: a class whose tests are skipped starts nothing.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _server = new(() => new PostgresServer());

    public string NewDatabase() => _server.Value.NewDatabase();

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
