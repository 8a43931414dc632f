namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>A temporary input folder (with seed documents) and an output folder holding a <c>.gitkeep</c>.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace(params int[] seeds)
    {
        Directory.CreateDirectory(Input);
        Directory.CreateDirectory(Output);
        File.WriteAllBytes(Path.Combine(Output, ".gitkeep"), []);
        foreach (var seed in seeds)
        {
            AddSeed(seed);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "brs-sched-" + Guid.NewGuid().ToString("N")[..12]);

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "reports");

    public string AddSeed(int index)
    {
        var source = RepoPaths.Seed(index);
        var target = Path.Combine(Input, Path.GetFileName(source));
        File.Copy(source, target, overwrite: true);
        return Path.GetFileName(source);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort; temp files.
        }
    }
}
