using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The listing where the native calls are missing (not Linux): regular files only, links never followed (named
/// instead), names as .NET decodes them.
/// </summary>
internal static class ManagedInputLister
{
    public static InputListing List(string folder, InputOptions options)
    {
        var entries = new List<InputEntry>();
        var sidecars = new List<InputEntry>();
        var issues = new List<RunIssue>();
        var files = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint });
        foreach (var file in files.OfType<FileInfo>().OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (name.Split('/').Any(part => part.StartsWith('.')) || !options.IsInputName(name))
            {
                continue;
            }

            if (file.Length > options.MaxDocumentBytes)
            {
                issues.Add(RunIssue.Failure(name, InputLister.OverLimit(file.Length, options.MaxDocumentBytes) + " (Inputs.MaxDocumentMegabytes); skipped"));
                continue;
            }

            // No stamp: without an inode and status-change time, a rewrite that restores the last-write time
            // (cp -p, rsync -t, touch -r) would pass for the file hashed before, so every file here is hashed.
            (MetadataSidecar.IsSidecarName(name) ? sidecars : entries).Add(new InputEntry(name, PathBytes.Of(file.FullName), file.Length));
        }

        return new([.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)], issues, options) { Sidecars = [.. sidecars.OrderBy(e => e.Name, StringComparer.Ordinal)] };
    }
}
