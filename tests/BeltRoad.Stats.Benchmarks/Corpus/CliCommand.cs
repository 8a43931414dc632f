namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>How to start the program found in a folder: the native executable of the deployed build, else <c>dotnet beltroad-stats.dll</c>.</summary>
internal sealed record CliCommand(string FileName, IReadOnlyList<string> Leading)
{
    public static CliCommand? In(string folder)
    {
        var dll = Path.Combine(folder, "beltroad-stats.dll");
        var native = Path.Combine(folder, "beltroad-stats");
        return File.Exists(dll) ? new CliCommand("dotnet", [dll])
            : File.Exists(native) ? new CliCommand(native, [])
            : null;
    }

    /// <summary>The command line that runs the program with <paramref name="args"/>.</summary>
    public IReadOnlyList<string> With(params string[] args) => [FileName, .. Leading, .. args];
}
