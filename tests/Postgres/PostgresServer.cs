using System.Net;
using System.Net.Sockets;

namespace BeltRoad.Stats.Testing;

/// <summary>
/// A real PostgreSQL server for one test class: <c>initdb</c> in a temporary folder, <c>pg_ctl start</c> on a free
/// loopback port (no TCP beyond 127.0.0.1, the socket in the folder), stopped and removed on dispose. As root
/// the server runs as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string SuperUser = "brs";
    private readonly string _bin;
    private int _databases;

    public PostgresServer()
    {
        _bin = Binaries ?? throw new InvalidOperationException(MissingReason);
        Directory.CreateDirectory(Folder);
        if (Environment.UserName == "root")
        {
            Run("chown", "postgres", Folder);
        }

        Port = FreePort();
        var data = Path.Combine(Folder, "data");
        AsServerUser(Path.Combine(_bin, "initdb"), "-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
        AsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60", "start");
    }

    /// <summary>The folder of initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = FindBinaries();

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string MissingReason = "PostgreSQL not installed (initdb/pg_ctl): apt-get install -y postgresql (with CI=true this test fails instead)";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "brs-pg-" + Guid.NewGuid().ToString("N")[..12]);

    public int Port { get; }

    /// <summary>A new, empty database on this server; its connection string (no password: trust on loopback).</summary>
    public string NewDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}";
        Run("psql", "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", SuperUser, "-d", "postgres",
            "-v", "ON_ERROR_STOP=1", "-q", "-c", $"CREATE DATABASE {name}");
        return $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={name}";
    }

    public void Dispose()
    {
        try
        {
            AsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(Folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder.
            }
        }
    }

    private static string? FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return versions.Concat(onPath).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AsServerUser(string tool, params string[] args)
    {
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", tool, .. args]);
        }
        else
        {
            Run(tool, args);
        }
    }

    private static void Run(string tool, params string[] args)
    {
        var (code, output, error) = ExternalProcess.Run(tool, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} exited {code}: {error}{output}");
        }
    }
}

/// <summary>A fact that needs PostgreSQL: skipped locally with the reason when it is missing; on CI (CI=true) it runs and fails.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Binaries is null && !PostgresServer.OnCi)
        {
            Skip = PostgresServer.MissingReason;
        }
    }
}

/// <summary>One PostgreSQL server per test class, started on first use: a class whose tests are all skipped starts nothing.</summary>
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
