namespace BeltRoad.Stats.Benchmarks;

internal static class RepoRoot
{
    public static string Find()
    {
        // BenchmarkDotNet runs benchmarks from a generated folder under bin/, so search from both places.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BeltRoad.Stats.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("BeltRoad.Stats.sln not found");
    }
}
