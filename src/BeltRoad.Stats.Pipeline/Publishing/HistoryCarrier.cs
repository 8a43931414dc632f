namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Fills a staging folder with what the new output keeps from the old one: the old set as
/// <c>history/&lt;old-run-id&gt;</c>, the newest earlier history sets up to the limit, the run log and other history
/// files (except those the run wrote there itself), and the output's dot-files (<c>.gitkeep</c>). Kept sets are links
/// into the <see cref="HistoryArchive"/> (one per set, whatever it holds); files are hard-linked, not copied (the run
/// log too: see <see cref="RunLog"/>); where symbolic links are refused, kept sets are hard-linked copies.
/// </summary>
internal static class HistoryCarrier
{
    /// <param name="runId">The run being published: names the old set when its run.json cannot say (no clock is read here).</param>
    public static void Carry(PublishPaths paths, string staging, string runId, int historyToKeep)
    {
        var history = Path.Combine(staging, OutputFiles.HistoryFolder);
        Directory.CreateDirectory(history);
        if (!Directory.Exists(paths.Output))
        {
            return;
        }

        var entries = Directory.GetFileSystemEntries(paths.Output).Select(e => Path.GetFileName(e)!).ToList();
        foreach (var dotEntry in entries.Where(e => e.StartsWith('.')))
        {
            TreeLinker.LinkEntry(Path.Combine(paths.Output, dotEntry), Path.Combine(staging, dotEntry));
        }

        var room = historyToKeep;
        var published = entries.Where(e => !e.StartsWith('.') && e != OutputFiles.HistoryFolder).ToList();
        string? oldId = null;
        if (published.Count > 0 && room > 0)
        {
            oldId = SetName(paths.Output, runId);
            if (!HistoryArchive.TryLink(paths, history, oldId))
            {
                published.ForEach(e => TreeLinker.LinkEntry(Path.Combine(paths.Output, e), Path.Combine(history, oldId, e)));
            }

            room--;
        }

        if (!Directory.Exists(paths.History))
        {
            return;
        }

        // Run ids begin with their UTC start time, so the ordinal order is the age order. Only sets a run published are
        // kept and rotated (a link, or a folder with its run.json); a folder someone put there is carried as it is, never
        // archived, rotated or deleted.
        var folders = Directory.GetDirectories(paths.History).Select(d => Path.GetFileName(d)!).Where(name => name != oldId)
            .ToLookup(name => IsKeptSet(Path.Combine(paths.History, name)));
        var earlier = folders[true].OrderDescending(StringComparer.Ordinal).Take(room);
        foreach (var foreign in folders[false])
        {
            TreeLinker.LinkTree(Path.Combine(paths.History, foreign), Path.Combine(history, foreign));
        }

        foreach (var name in earlier)
        {
            var kept = Path.Combine(paths.History, name);
            if (!HistoryArchive.TryLink(paths, history, name))
            {
                TreeLinker.LinkTree(kept, Path.Combine(history, name));
            }
            else if (!HistoryArchive.IsLink(kept))
            {
                HistoryArchive.Adopt(paths, kept, name);
            }
        }

        foreach (var file in Directory.GetFiles(paths.History))
        {
            var name = Path.GetFileName(file);
            if (HistoryArchive.IsLink(file))
            {
                continue; // a kept set's link whose archived set is gone: nothing to keep
            }

            if (name == RunLog.FileName)
            {
                RunLog.Carry(file, Path.Combine(history, name));
            }
            else if (!name.StartsWith(RunLog.FileName, StringComparison.Ordinal) && !File.Exists(Path.Combine(history, name)))
            {
                // Not the log's journal: SQLite owns that, beside the log's published name only. The old
                // history/manifest.json is linked too; the publish step replaces it (delete, then write) with this set's.
                TreeLinker.LinkFile(file, Path.Combine(history, name));
            }
        }
    }

    // A kept set: a link into the archive (whole or not), or a folder holding the run.json its run published.
    private static bool IsKeptSet(string folder) =>
        HistoryArchive.IsLink(folder) || File.Exists(Path.Combine(folder, OutputFiles.RunJson));

    /// <summary>
    /// The name under which the set in <paramref name="set"/> is kept once <paramref name="runId"/> replaces it: its
    /// run id (from its run.json), or <see cref="PreviousOf"/> when that cannot be read. The same before the swap (the
    /// set is the output) and after it (the set is aside), so a kill in between is finished under the same name.
    /// </summary>
    internal static string SetName(string set, string runId) =>
        SafeName(RunReportReader.TryReadRunId(Path.Combine(set, OutputFiles.RunJson)) ?? PreviousOf(runId));

    /// <summary>
    /// The name of an old set whose run.json cannot say which run it was, from the run replacing it (no clock is
    /// read here): <c>20260102T060000Z-a1b2c3</c> gives <c>20260102T060000Z--previous-of-a1b2c3</c>, which sorts
    /// after every earlier run and before this one ('-' sorts before the hex digits), as the set's age is.
    /// </summary>
    internal static string PreviousOf(string runId) =>
        runId.IndexOf('-', StringComparison.Ordinal) is > 0 and var dash
            ? $"{runId[..dash]}--previous-of-{runId[(dash + 1)..]}"
            : $"previous-of-{runId}";

    private static string SafeName(string runId) =>
        string.Concat(runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
