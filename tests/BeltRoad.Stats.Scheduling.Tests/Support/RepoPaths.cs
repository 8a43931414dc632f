namespace BeltRoad.Stats.Scheduling.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed(int index) => Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ElementAt(index);

    /// <summary>
    /// The program the process tests start: the deployed build when <c>BELTROAD_STATS_CLI</c> names its executable
    /// (docs/scheduling.md, "Deploying": the same tests then check what is deployed), else <c>dotnet beltroad-stats.dll</c> from the
    /// build output of this test assembly's configuration.
    /// </summary>
    public static (string FileName, string[] Arguments) Cli
    {
        get
        {
            if (Environment.GetEnvironmentVariable("BELTROAD_STATS_CLI") is { Length: > 0 } deployed)
            {
                return File.Exists(deployed) ? (Path.GetFullPath(deployed), []) : throw new FileNotFoundException("BELTROAD_STATS_CLI names no file", deployed);
            }

            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
            var dll = Path.Combine(Root, "src", "BeltRoad.Stats.Cli", "bin", configuration, "net10.0", "beltroad-stats.dll");
            return File.Exists(dll) ? ("dotnet", [dll]) : throw new FileNotFoundException("Build src/BeltRoad.Stats.Cli first", dll);
        }
    }

    private static string FindRoot() => RepoRoot.Path;
}
