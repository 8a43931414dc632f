namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Gives a folder tree a second name: hard links for files (no bytes copied; published files are never
/// rewritten in place, so sharing them is safe), real folders for folders. Copies where links are refused.
/// </summary>
internal static class TreeLinker
{
    public static void LinkEntry(string source, string target)
    {
        if (Directory.Exists(source))
        {
            LinkTree(source, target);
        }
        else if (File.Exists(source))
        {
            LinkFile(source, target);
        }
    }

    public static void LinkTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            LinkFile(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            LinkTree(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    public static void LinkFile(string source, string target)
    {
        // Linked before the folder is made: it is there for all but the first of the thousands of texts a run links into it.
        if (NativeFileSystem.TryHardLink(source, target))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!NativeFileSystem.TryHardLink(source, target))
        {
            File.Copy(source, target, overwrite: true);
        }
    }

    /// <summary>Deletes a tree, tolerating files that are already gone (a crashed delete is finished on the next run).</summary>
    public static void DeleteTree(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
