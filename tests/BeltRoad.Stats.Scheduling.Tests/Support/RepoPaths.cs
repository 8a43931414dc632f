namespace BeltRoad.Stats.Scheduling.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed(int index) => Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ElementAt(index);

    /// <summary>The built command line, from the same configuration as this test assembly.</summary>
    public static string CliDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
            var dll = Path.Combine(Root, "src", "BeltRoad.Stats.Cli", "bin", configuration, "net10.0", "beltroad-stats.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/BeltRoad.Stats.Cli first", dll);
        }
    }

    private static string FindRoot() => RepoRoot.Path;
}
