using System.Collections.Concurrent;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Publishes by swapping whole folders. The staging folder gets everything the new output must hold before
/// the swap: the run's files, a link per kept earlier set into the <see cref="HistoryArchive"/> (the old set becomes
/// <c>history/&lt;old-run-id&gt;</c>, moved into the archive right after the swap), a hard link to the run log, which
/// gets this run's row (see <see cref="RunLog"/>), and the output's dot-files (<c>.gitkeep</c>).
/// Then the swap, by one of two paths, which do not give the same guarantee:
/// <list type="bullet">
/// <item><b>Exchange</b> (Linux, on file systems with <c>renameat2(RENAME_EXCHANGE)</c>: ext4, xfs, btrfs, tmpfs):
/// staging and output trade places in one step. At every instant, even if the process is killed at any point,
/// the output path names either the old complete set or the new complete set: never a mix, never missing.</item>
/// <item><b>Two renames</b> (other platforms and file systems): output → <c>.&lt;name&gt;.previous-&lt;run&gt;</c>, then
/// staging → output. Each rename is atomic, so the output is never a mix, but between the two the output path
/// does not exist: a reader in that instant finds no folder, and a kill there leaves it missing until the
/// next run (or <c>schedule</c> start) on this folder, whose <see cref="Recover"/> moves the old set back
/// before anything else. So: the old complete set, the new complete set, or, only after a crash in that
/// gap and only until the next run, no folder at all.</item>
/// </list>
/// The first publish (no output folder yet) is one rename under both paths.
/// </summary>
public sealed class AtomicPublisher(ILogger? logger = null) : IReportPublisher
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    // Staging folders whose history is carried already (a scheduler's runs share one publisher).
    private readonly ConcurrentDictionary<string, bool> _carried = new(StringComparer.Ordinal);

    // Deleting the history sets a publish expired, after it (see Settled).
    private Task _sweeping = Task.CompletedTask;

    /// <summary>False forces the two-rename publish (tests); a file system that cannot exchange is detected anyway.</summary>
    public bool UseExchange { get; init; } = !PublishTestHooks.ForceTwoRenames;

    /// <summary>
    /// The deletion of the history sets the last <see cref="Publish"/> expired (the oldest kept set, thousands of files
    /// at a large corpus: 0.3–0.4 s at 100 MB), which runs after the swap on a thread of its own, outside the run's steps.
    /// </summary>
    public Task Settled => _sweeping;

    public string PrepareStaging(string outputDirectory, string runId)
    {
        var paths = PublishPaths.For(outputDirectory);
        _sweeping.GetAwaiter().GetResult();
        Recover(paths, _logger);
        var staging = paths.Staging(runId);
        Directory.CreateDirectory(staging);
        PublishTestHooks.Pause(paths, PublishTestHooks.StagingCreated);
        return staging;
    }

    public void CarryHistory(string stagingDirectory, string outputDirectory, string runId, int historyToKeep)
    {
        var paths = PublishPaths.For(outputDirectory);
        PublishTestHooks.Pause(paths, PublishTestHooks.BeforeCarry);
        HistoryCarrier.Carry(paths, stagingDirectory, runId, historyToKeep);
        _carried[stagingDirectory] = true;
    }

    public void Publish(string stagingDirectory, string outputDirectory, RunRecord run, int historyToKeep)
    {
        var runId = run.RunId;
        var paths = PublishPaths.For(outputDirectory);
        if (!_carried.TryRemove(stagingDirectory, out _))
        {
            CarryHistory(stagingDirectory, outputDirectory, runId, historyToKeep);
            _carried.TryRemove(stagingDirectory, out _);
        }

        _sweeping.GetAwaiter().GetResult();
        PublishTestHooks.Pause(paths, PublishTestHooks.BeforeRunLog);
        RunLog.RecordPublishing(paths.Output, stagingDirectory, run, _logger);
        PublishTestHooks.Pause(paths, PublishTestHooks.BeforeSwap);
        try
        {
            Swap(paths, stagingDirectory, runId);
        }
        finally
        {
            // Also when the swap throws: the mark is ended now (failed), not left for the next run.
            RunLog.Settle(paths.Output, _logger);
        }
    }

    public void Discard(string stagingDirectory)
    {
        _carried.TryRemove(stagingDirectory, out _);
        TreeLinker.DeleteTree(stagingDirectory);
    }

    /// <summary>
    /// <see cref="Recover"/> on its own, under the output lock (for <c>schedule</c> start, before it reads the run
    /// log). False when another run holds the lock: that run recovers.
    /// </summary>
    public static async Task<bool> TryRecoverAsync(string outputDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        OutputLock held;
        try
        {
            held = await OutputLock.AcquireAsync(outputDirectory, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return false;
        }

        using (held)
        {
            Recover(PublishPaths.For(outputDirectory), logger);
            return true;
        }
    }

    /// <summary>
    /// Finishes what a killed publish left (the caller holds the output lock, so nothing else is publishing):
    /// a missing or empty output with a <c>.previous-</c> folder beside it means the two-rename fallback stopped
    /// between its renames, and the old set goes back; every staging and previous folder left over is then archived
    /// (the set a swap replaced, which the published history links to) or deleted, the archive pruned
    /// (<see cref="HistoryArchive"/>), and
    /// a run-log row a killed publish left marked as publishing is settled (<see cref="RunLog.Settle"/>).
    /// Runs at the start of every run (before the up-to-date check, so even a run that publishes nothing
    /// restores the output), again when staging is prepared, and when <c>schedule</c> starts. Idempotent; a kill
    /// during it leaves a state it finishes next time.
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

        // A leftover is a staged set never swapped in (deleted), or the set a swap replaced, killed before it was
        // archived: the published history links to it by name and the archive lacks it (archived now).
        var leftovers = Directory.GetDirectories(paths.Parent, paths.StagingPrefix + "*").Select(f => (Folder: f, paths.StagingPrefix))
            .Concat(Directory.GetDirectories(paths.Parent, paths.PreviousPrefix + "*").Select(f => (Folder: f, paths.PreviousPrefix)));
        foreach (var (leftover, prefix) in leftovers)
        {
            if (Retire(paths, leftover, Path.GetFileName(leftover)[prefix.Length..]))
            {
                logger.LogWarning("Archived {Folder}, the set replaced by a publish that was interrupted after its swap", leftover);
            }
            else
            {
                logger.LogWarning("Removed {Folder}, left by a run that was interrupted before it published", leftover);
            }
        }

        WarnLeft(logger, HistoryArchive.Prune(paths));
        RunLog.Settle(paths.Output, logger);
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
            // The staging path now holds the old set, which the new history links to by name.
            PublishTestHooks.Pause(paths, PublishTestHooks.AfterSwap);
            RetireQuietly(paths, staging, runId);
            return;
        }

        _logger.LogDebug("The file system cannot exchange folders atomically; publishing with two renames");
        var previous = paths.Previous(runId);
        Directory.Move(paths.Output, previous);
        // The gap: no output folder until the next rename; a kill here is undone by the next run's Recover.
        PublishTestHooks.Pause(paths, PublishTestHooks.BetweenRenames);
        Directory.Move(staging, paths.Output);
        PublishTestHooks.Pause(paths, PublishTestHooks.AfterSwap);
        RetireQuietly(paths, previous, runId);
    }

    private void RetireQuietly(PublishPaths paths, string oldSet, string runId)
    {
        try
        {
            Retire(paths, oldSet, runId);
            HistoryArchive.Expire(paths);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Published already; the next run finishes it (Recover).
            _logger.LogWarning("Could not archive or remove {Folder}: {Message}", oldSet, e.Message);
            return;
        }

        // The expired sets are no longer named by the archive; nothing reads them. A thread of its own: the pool's
        // threads are still busy with the run's last work (the run store's rows).
        _sweeping = Task.Factory.StartNew(() => SweepQuietly(paths), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void SweepQuietly(PublishPaths paths)
    {
        try
        {
            WarnLeft(_logger, HistoryArchive.Sweep(paths));
        }
        catch (Exception e)
        {
            // Housekeeping after a publish that succeeded: whatever stops it is the next run's to finish (Recover), not a fault to carry.
            _logger.LogWarning("Could not delete the expired history sets yet (the next run tries again): {Message}", e.Message);
        }
    }

    private static void WarnLeft(ILogger logger, string? left)
    {
        if (left is not null)
        {
            logger.LogWarning("Could not delete an expired history set yet (the next run tries again): {Problem}", left);
        }
    }

    /// <summary>The replaced set (or a leftover of a killed run), aside under the name of the run that replaced it.</summary>
    private static bool Retire(PublishPaths paths, string set, string runId) =>
        HistoryArchive.Retire(paths, set, HistoryCarrier.SetName(set, runId));
}
