using System.CommandLine;

namespace BeltRoad.Stats.Cli.Commands;

/// <summary>The <c>--store</c> option, the same for every command that reads or writes the run log.</summary>
internal static class StoreArgument
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "Run store: a PostgreSQL connection string (\"Host=…;Database=…;Username=…\") shared by a team and its scheduler nodes, " +
            "or a SQLite file. Default: Store__ConnectionString in the environment, else Store in the configuration, else <output>/history/runs.sqlite.",
    };
}
