using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Publishes by swapping whole folders, so a reader of the output folder sees the old complete set or the
/// new one, never a mix, even if the process is killed at any instant. The staging folder gets everything
/// the new output must hold before the swap: the run's files, hard links to the kept history (the old set
/// becomes <c>history/&lt;old-run-id&gt;/</c>), the run log with this run's row, and the output's dot-files
/// (<c>.gitkeep</c>). Then one <c>renameat2(RENAME_EXCHANGE)</c> swaps staging and output; where the file
/// system cannot exchange, two renames do, and the gap between them is closed by <see cref="Recover"/>.
/// </summary>
public sealed class AtomicPublisher(ILogger? logger = null) : IReportPublisher
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>False forces the two-rename publish (tests); a file system that cannot exchange is detected anyway.</summary>
    public bool UseExchange { get; init; } = true;

    public string PrepareStaging(string outputDirectory, string runId)
    {
        var paths = PublishPaths.For(outputDirectory);
        Recover(paths, _logger);
        var staging = paths.Staging(runId);
        Directory.CreateDirectory(staging);
        return staging;
    }

    public void Publish(string stagingDirectory, string outputDirectory, string runId, int historyToKeep)
    {
        var paths = PublishPaths.For(outputDirectory);
        HistoryCarrier.Carry(paths, stagingDirectory, historyToKeep);
        RunLog.Append(
            Path.Combine(stagingDirectory, OutputFiles.HistoryFolder, RunLog.FileName),
            RunJsonRecord.Read(Path.Combine(stagingDirectory, OutputFiles.RunJson)));
        Swap(paths, stagingDirectory, runId);
    }

    public void Discard(string stagingDirectory) => TreeLinker.DeleteTree(stagingDirectory);

    /// <summary>
    /// Finishes what a killed publish left (the caller holds the output lock, so nothing else is publishing):
    /// a missing or empty output with a <c>.previous-</c> folder beside it means the two-rename fallback stopped
    /// between its renames, and the old set goes back; every staging and previous folder left over is then deleted.
    /// </summary>
    internal static void Recover(PublishPaths paths, ILogger logger)
    {
        if (!Directory.Exists(paths.Parent))
        {
            return;
        }

        if (Directory.GetDirectories(paths.Parent, paths.PreviousPrefix + "*").Order(StringComparer.Ordinal).LastOrDefault() is { } previous
            && IsEmpty(paths.Output))
        {
            // Empty rather than missing when the output lock's check has created it again since.
            TreeLinker.DeleteTree(paths.Output);
            Directory.Move(previous, paths.Output);
            logger.LogWarning("Recovered {Output} from {Previous}, left by a publish that was interrupted", paths.Output, previous);
        }

        var leftovers = Directory.GetDirectories(paths.Parent, paths.StagingPrefix + "*")
            .Concat(Directory.GetDirectories(paths.Parent, paths.PreviousPrefix + "*"));
        foreach (var leftover in leftovers)
        {
            TreeLinker.DeleteTree(leftover);
            logger.LogWarning("Removed {Folder}, left by a run that was interrupted before it published", leftover);
        }
    }

    private static bool IsEmpty(string folder) =>
        !Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).All(e => Path.GetFileName(e).StartsWith('.'));

    private void Swap(PublishPaths paths, string staging, string runId)
    {
        if (!Directory.Exists(paths.Output))
        {
            Directory.Move(staging, paths.Output);
            return;
        }

        if (UseExchange && NativeFileSystem.TryExchange(staging, paths.Output))
        {
            // The staging path now holds the old set, already linked into the new history.
            DeleteQuietly(staging);
            return;
        }

        _logger.LogDebug("The file system cannot exchange folders atomically; publishing with two renames");
        var previous = paths.Previous(runId);
        Directory.Move(paths.Output, previous);
        Directory.Move(staging, paths.Output);
        DeleteQuietly(previous);
    }

    private void DeleteQuietly(string folder)
    {
        try
        {
            TreeLinker.DeleteTree(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Published already; the next run removes it.
            _logger.LogWarning("Could not remove {Folder}: {Message}", folder, e.Message);
        }
    }
}
