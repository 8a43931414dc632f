namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>Finds the checkout (the folder holding BeltRoad.Stats.sln) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Gold => Path.Combine(Shared, "gold", "seeds-gold.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BeltRoad.Stats.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BeltRoad.Stats.sln not found above " + AppContext.BaseDirectory);
    }
}
