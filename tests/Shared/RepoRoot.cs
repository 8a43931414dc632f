namespace BeltRoad.Stats.Testing;

/// <summary>
/// The checkout (the folder holding BeltRoad.Stats.sln) and the shared folder beside it, for every test and
/// benchmark project. BenchmarkDotNet runs from a generated folder under bin/, so both the working directory
/// and the binaries' folder are searched.
/// </summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"));

    /// <summary>The seeds' answer key carried in the repository (tests/Gold, a copy of ../shared/gold).</summary>
    public static string Gold => System.IO.Path.Combine(Path, "tests", "Gold", "seeds-gold.json");

    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "BeltRoad.Stats.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("BeltRoad.Stats.sln not found above " + AppContext.BaseDirectory);
    }
}
