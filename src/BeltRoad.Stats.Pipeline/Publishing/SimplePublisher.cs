namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>Moves the staged files into the output folder one by one. Not crash-safe; replaced by the atomic publisher.</summary>
internal sealed class SimplePublisher : IReportPublisher
{
    public string PrepareStaging(string outputDirectory, string runId)
    {
        var full = Path.GetFullPath(outputDirectory);
        var staging = Path.Combine(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.staging-{runId}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    public void Publish(string stagingDirectory, string outputDirectory, string runId)
    {
        Directory.CreateDirectory(outputDirectory);
        foreach (var source in Directory.EnumerateFiles(stagingDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(outputDirectory, Path.GetRelativePath(stagingDirectory, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(source, target, overwrite: true);
        }

        Directory.Delete(stagingDirectory, recursive: true);
    }

    public void Discard(string stagingDirectory)
    {
        if (Directory.Exists(stagingDirectory))
        {
            Directory.Delete(stagingDirectory, recursive: true);
        }
    }
}
