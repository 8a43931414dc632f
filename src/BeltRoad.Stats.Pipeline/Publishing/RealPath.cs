namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// A path as the file system resolves it: absolute, every symbolic link along it followed (as far as it exists; the
/// rest as written), without a trailing separator. Two names of one folder compare equal.
/// </summary>
internal static class RealPath
{
    // As the kernel's own limit on links followed in one lookup.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both resolved).</summary>
    public static bool IsInside(string path, string folder) =>
        path.Length > folder.Length && path.StartsWith(folder, StringComparison.Ordinal)
        && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is { } target && ++links <= MaxLinks)
            {
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }
}
