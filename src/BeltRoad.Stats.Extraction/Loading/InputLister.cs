using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The one listing of a run's inputs, deciding once per entry: regular files with a document name (or a metadata
/// sidecar's name) are inputs;
/// FIFOs, sockets and devices are skipped (opening one could block forever); a symbolic link is followed only when
/// its target resolves inside the input folder (unless <see cref="InputOptions.FollowLinksOutside"/>); a folder
/// reached a second time (by device and inode: <c>loop -> .</c>, <c>sub/up -> ..</c>) is not walked again; a file
/// reached by two names is read once; dangling and looping links, over-long paths and over-large files are named.
/// Names starting with '.' are hidden and ignored, and so is a report set this program published (a folder holding
/// <see cref="ReportSetMarkers"/>): its texts are the last run's output, never documents. Never throws for anything
/// found in the folder.
/// </summary>
public static class InputLister
{
    /// <summary>What every published report set holds (Pipeline's run.json and history/manifest.json; a test holds the two to the same names).</summary>
    public static IReadOnlyList<string> ReportSetMarkers { get; } = ["run.json", "history/manifest.json"];

    public static InputListing List(string folder, InputOptions options)
    {
        if (!UnixFiles.IsSupported)
        {
            return ManagedInputLister.List(folder, options);
        }

        var walk = new Walk(options);
        var root = PathBytes.Of(Path.GetFullPath(folder));
        var (status, errno) = UnixFiles.Stat(PathBytes.Native(root), followLinks: true);
        if (errno != 0 || status.Kind != FileKind.Directory)
        {
            return new([], [RunIssue.Failure(folder, errno != 0 ? $"input folder cannot be read: {UnixFiles.Describe(errno)}" : "input path is not a folder")], options);
        }

        walk.Root = UnixFiles.RealPath(PathBytes.Native(root)) ?? root;
        walk.Folders.Add(status.Identity);
        walk.Into(root, []);
        return walk.Finish();
    }

    private sealed class Walk(InputOptions options)
    {
        private readonly List<(string Name, byte[] Path, FileStatus Status)> _documents = [];
        private readonly List<RunIssue> _issues = [];

        public byte[] Root { get; set; } = [];

        public HashSet<(ulong, ulong)> Folders { get; } = [];

        public void Into(byte[] folder, byte[] relative)
        {
            var (names, errno) = UnixFiles.ReadDirectory(PathBytes.Native(folder));
            if (errno != 0)
            {
                _issues.Add(RunIssue.Failure(relative.Length == 0 ? "." : PathBytes.Display(relative), $"folder cannot be read: {UnixFiles.Describe(errno)}; its documents were skipped"));
                return;
            }

            names.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
            foreach (var name in names.Where(n => n[0] != (byte)'.'))
            {
                var rel = relative.Length == 0 ? name : PathBytes.Join(relative, name);
                Visit(PathBytes.Join(folder, name), rel, PathBytes.Display(rel), options.IsInputName(PathBytes.Display(name)));
            }
        }

        private void Visit(byte[] path, byte[] relative, string display, bool inputName)
        {
            if (path.Length >= UnixFiles.PathMax)
            {
                _issues.Add(RunIssue.Failure(display, $"its path is {path.Length} bytes, longer than the system limit of {UnixFiles.PathMax}; not read (move it higher up)"));
                return;
            }

            var native = PathBytes.Native(path);
            var (status, errno) = UnixFiles.Stat(native, followLinks: false);
            if (errno != 0)
            {
                _issues.Add(RunIssue.Warning(display, $"cannot be examined: {UnixFiles.Describe(errno)}; skipped"));
                return;
            }

            if (status.Kind == FileKind.SymbolicLink)
            {
                if (Follow(native, display) is not { } target)
                {
                    return;
                }

                status = target;
            }

            switch (status.Kind)
            {
                case FileKind.Directory when !Folders.Add(status.Identity):
                    _issues.Add(RunIssue.Warning(display, "a link to a folder already listed (a directory loop or a second way in); not walked again"));
                    break;
                case FileKind.Directory when IsReportSet(path):
                    _issues.Add(RunIssue.Warning(display, "a report set this program published (run.json, history/manifest.json); not read as input"));
                    break;
                case FileKind.Directory:
                    Into(path, relative);
                    break;
                case FileKind.Regular when inputName:
                    _documents.Add((display, path, status));
                    break;
                case FileKind.NamedPipe or FileKind.Socket or FileKind.Device or FileKind.Other when inputName:
                    _issues.Add(RunIssue.Warning(display, $"is a {KindName(status.Kind)}, not a regular file; skipped"));
                    break;
            }
        }

        private static bool IsReportSet(byte[] folder) =>
            ReportSetMarkers.All(marker => UnixFiles.Stat(PathBytes.Native(PathBytes.Join(folder, PathBytes.Of(marker))), followLinks: false).Errno == 0);

        // The target's status when the link may be followed; otherwise the reason is recorded and null returned.
        private FileStatus? Follow(byte[] native, string display)
        {
            var (target, errno) = UnixFiles.Stat(native, followLinks: true);
            if (errno != 0)
            {
                _issues.Add(RunIssue.Warning(display, errno switch
                {
                    UnixFiles.NoSuchFile => "a dangling symbolic link (its target does not exist); skipped",
                    UnixFiles.TooManyLinks => "a symbolic link loop (the link leads back to itself); skipped",
                    _ => $"a symbolic link whose target cannot be examined: {UnixFiles.Describe(errno)}; skipped",
                }));
                return null;
            }

            var real = UnixFiles.RealPath(native);
            if (!options.FollowLinksOutside && (real is null || !PathBytes.IsInside(real, Root)))
            {
                _issues.Add(RunIssue.Warning(display, $"a symbolic link to {(real is null ? "an unresolvable target" : PathBytes.Display(real))}, outside the input folder; skipped (Inputs.FollowLinksOutside reads such links)"));
                return null;
            }

            return target;
        }

        public InputListing Finish()
        {
            var entries = new List<InputEntry>();
            var sidecars = new List<InputEntry>();
            var seen = new Dictionary<(ulong, ulong), string>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, path, status) in _documents.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                if (seen.TryGetValue(status.Identity, out var first))
                {
                    _issues.Add(RunIssue.Warning(name, $"the same file as {first} (a link or second name); read once, as {first}"));
                }
                else if (!names.Add(name))
                {
                    _issues.Add(RunIssue.Failure(name, "two files show as this name (undecodable bytes); the second was skipped"));
                }
                else if (status.Size > options.MaxDocumentBytes)
                {
                    _issues.Add(RunIssue.Failure(name, OverLimit(status.Size, options.MaxDocumentBytes) + " (Inputs.MaxDocumentMegabytes); skipped"));
                }
                else
                {
                    seen[status.Identity] = name;
                    if (!PathBytes.IsValidUtf8(path))
                    {
                        _issues.Add(RunIssue.Warning(name, "its file name is not valid UTF-8; undecodable bytes are shown as \\xNN"));
                    }

                    (MetadataSidecar.IsSidecarName(name) ? sidecars : entries).Add(new InputEntry(name, path, status.Size) { Stamp = status.Stamp });
                }
            }

            return new(entries, [.. _issues.OrderBy(i => i.Doc, StringComparer.Ordinal)], options) { Sidecars = sidecars };
        }
    }

    /// <summary>The one wording of the size limit, for the listing and for reads that find a file grown past it.</summary>
    internal static string OverLimit(long size, long limit) => $"is {Megabytes(size)}, over the per-document limit of {Megabytes(limit)}";

    internal static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB ({bytes} bytes)");

    private static string KindName(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "named pipe (FIFO)",
        FileKind.Socket => "socket",
        FileKind.Device => "device",
        _ => "special file",
    };
}
