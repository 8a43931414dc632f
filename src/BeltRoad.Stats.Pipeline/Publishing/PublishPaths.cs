namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// The folders a publish uses, all beside the output folder so every move is a rename on one file system:
/// <c>.reports.staging-&lt;run&gt;</c> (being written), <c>.reports.previous-&lt;run&gt;</c> (the old set, only while a
/// publish without atomic exchange is between its two renames) and <c>.reports.lock</c>.
/// </summary>
internal sealed record PublishPaths(string Output, string Parent, string Name)
{
    public static PublishPaths For(string outputDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        // A symlinked output folder is published where it points, so the link itself stays.
        if (Directory.Exists(full) && Directory.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
        {
            full = Path.TrimEndingDirectorySeparator(target.FullName);
        }

        var parent = Path.GetDirectoryName(full) ?? throw new ConfigurationException($"{outputDirectory}: the output folder cannot be a file-system root");
        return new PublishPaths(full, parent, Path.GetFileName(full));
    }

    public string StagingPrefix => $".{Name}.staging-";

    public string PreviousPrefix => $".{Name}.previous-";

    public string Staging(string runId) => Path.Combine(Parent, StagingPrefix + runId);

    public string Previous(string runId) => Path.Combine(Parent, PreviousPrefix + runId);

    /// <summary>Expired history sets' exports, kept for the next run to write its own over (<see cref="HistoryArchive"/>).</summary>
    public string Spares => Path.Combine(Parent, $".{Name}.spare");

    public string LockFile => Path.Combine(Parent, $".{Name}.lock");

    /// <summary>Written only by <see cref="PublishTestHooks.Pause"/>, in tests.</summary>
    public string PauseMarker => Path.Combine(Parent, $".{Name}.paused");

    public string History => Path.Combine(Output, OutputFiles.HistoryFolder);
}
