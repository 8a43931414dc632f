namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// The kept earlier sets, outside the swapped folder: <c>.&lt;output&gt;.history/&lt;run-id&gt;/</c> beside it, each
/// named in a published set by a relative symbolic link <c>history/&lt;run-id&gt;</c> → <c>../../.&lt;output&gt;.history/&lt;run-id&gt;</c>.
/// A run then carries its history with one link per kept set, whatever the sets hold; after the swap the replaced
/// set is moved (one rename) into the archive under the name the new set's link gives it, and the archived sets no
/// published link names any more are deleted. An archived set is never changed, only added whole (by a rename) or
/// deleted once no link names it, so a link a reader follows always leads to a whole set, or to nothing in the one
/// moment between a swap and that rename (a kill there: <see cref="Retire"/> on the next run finishes it).
/// Where symbolic links are refused, history is carried as linked copies inside the set, as before.
/// </summary>
internal static class HistoryArchive
{
    private const string PartialPrefix = ".partial-";
    private const string ExpiredPrefix = ".expired-";

    /// <summary>The archive folder beside the output.</summary>
    public static string Folder(PublishPaths paths) => Path.Combine(paths.Parent, FolderName(paths));

    /// <summary>The archived set a published <c>history/&lt;name&gt;</c> link leads to.</summary>
    public static string SetPath(PublishPaths paths, string name) => Path.Combine(Folder(paths), name);

    /// <summary>
    /// Makes <c>history/&lt;name&gt;</c> of a staged set a link to the archived set of that name, which may not be
    /// there yet (the set being replaced, archived right after the swap). False where links are refused.
    /// </summary>
    public static bool TryLink(PublishPaths paths, string stagingHistory, string name)
    {
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(stagingHistory, name), Path.Combine("..", "..", FolderName(paths), name));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Puts a set a published set holds as a folder (written by an earlier version, or where links were refused)
    /// into the archive once, as hard links, under a temporary name renamed when complete (a kill leaves only a
    /// temporary folder, which <see cref="Prune"/> deletes).
    /// </summary>
    public static void Adopt(PublishPaths paths, string publishedSet, string name)
    {
        var archived = SetPath(paths, name);
        if (Directory.Exists(archived))
        {
            return;
        }

        var partial = SetPath(paths, PartialPrefix + name);
        TreeLinker.DeleteTree(partial);
        TreeLinker.LinkTree(publishedSet, partial);
        Directory.Move(partial, archived);
    }

    /// <summary>
    /// Ends the life of a set that is no longer published (the replaced set after a swap, or a folder a killed run
    /// left beside the output): archived when the published set links to it by <paramref name="name"/> and the archive
    /// has no set of that name yet, otherwise deleted. Its own <c>history/</c> (links, the run log's and the cache's
    /// second names, its manifest) goes first, so a kill in between only leaves a set that is retired again.
    /// </summary>
    /// <returns>True when archived, false when deleted.</returns>
    public static bool Retire(PublishPaths paths, string set, string name)
    {
        var archived = SetPath(paths, name);
        if (!IsLink(Path.Combine(paths.History, name)) || Directory.Exists(archived))
        {
            TreeLinker.DeleteTree(set);
            return false;
        }

        TreeLinker.DeleteTree(Path.Combine(set, OutputFiles.HistoryFolder));
        Directory.CreateDirectory(Folder(paths));
        Directory.Move(set, archived);
        return true;
    }

    /// <summary>Deletes the archived sets the published set does not link to, and what a killed <see cref="Adopt"/> left (<see cref="Expire"/>, then <see cref="Sweep"/>).</summary>
    /// <returns>Why an expired set could not be deleted yet, if one could not.</returns>
    public static string? Prune(PublishPaths paths)
    {
        Expire(paths);
        return Sweep(paths);
    }

    /// <summary>
    /// Takes the archived sets the published set does not link to, and what a killed <see cref="Adopt"/> left, out of
    /// the archive's names: one rename each (<c>.expired-&lt;name&gt;</c>), so the archive holds only linked sets at once,
    /// while deleting them (thousands of files at a large corpus) can wait for <see cref="Sweep"/>, off the run's path.
    /// </summary>
    public static void Expire(PublishPaths paths)
    {
        var folder = Folder(paths);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var set in Directory.GetDirectories(folder))
        {
            var name = Path.GetFileName(set);
            if (!name.StartsWith(ExpiredPrefix, StringComparison.Ordinal)
                && (name.StartsWith(PartialPrefix, StringComparison.Ordinal) || !IsLink(Path.Combine(paths.History, name))))
            {
                var expired = SetPath(paths, ExpiredPrefix + name);
                TreeLinker.DeleteTree(expired); // a partial set of the same name expired before, not swept yet
                Directory.Move(set, expired);
            }
        }
    }

    /// <summary>
    /// Deletes the expired sets (<see cref="Expire"/>). Never throws for one: it is garbage no link names, and another
    /// process may be deleting it at the same moment; one left behind is deleted by the next sweep.
    /// </summary>
    /// <returns>Why an expired set could not be deleted, if one could not.</returns>
    public static string? Sweep(PublishPaths paths)
    {
        var folder = Folder(paths);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        string? problem = null;
        foreach (var set in Directory.GetDirectories(folder, ExpiredPrefix + "*"))
        {
            try
            {
                KeepSpares(paths, set);
                TreeLinker.DeleteTree(set);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem ??= $"{set}: {e.Message}";
            }
        }

        return problem;
    }

    /// <summary>
    /// Moves an expired set's fact exports to <see cref="PublishPaths.Spares"/> (each replacing the one there) instead of
    /// deleting them: the next run's store step writes its exports over them, which costs the kernel a tenth of new
    /// files (Storage's <c>SpareFile</c>, which also refuses a file with another name).
    /// </summary>
    private static void KeepSpares(PublishPaths paths, string set)
    {
        foreach (var export in SpareExports)
        {
            var file = Path.Combine(set, export);
            if (File.Exists(file) && !IsLink(file))
            {
                Directory.CreateDirectory(paths.Spares);
                File.Move(file, Path.Combine(paths.Spares, export), overwrite: true);
            }
        }
    }

    /// <summary>The exports kept as spares: the two big ones the store step streams into a file (SQLite makes facts.sqlite its own way).</summary>
    private static readonly string[] SpareExports = [OutputFiles.FactsJson, OutputFiles.FactsCsv];

    /// <summary>Whether <paramref name="path"/> is a symbolic link (to a folder or a file, whether or not its target is there).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string FolderName(PublishPaths paths) => $".{paths.Name}.history";
}
