namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>Finds the repository root (the folder with BeltRoad.Stats.sln) and the shared folder beside it.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string TestProject => Path.Combine(Root, "tests", "BeltRoad.Stats.Recognizers.Tests");

    private static string FindRoot() => RepoRoot.Path;
}
