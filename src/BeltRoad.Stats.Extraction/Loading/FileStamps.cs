namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>One file's size and stamp by path, as the listing stats its inputs: for a file the run wrote or linked itself (a published text).</summary>
public static class FileStamps
{
    /// <summary>The regular file at <paramref name="path"/> (links followed); null when it is missing, not a regular file, or the platform cannot say.</summary>
    public static (long Size, InputStamp Stamp)? Of(string path)
    {
        if (!UnixFiles.IsSupported)
        {
            return null;
        }

        var (status, errno) = UnixFiles.Stat(PathBytes.Native(PathBytes.Of(path)), followLinks: true);
        return errno == 0 && status.Kind == FileKind.Regular ? (status.Size, status.Stamp) : null;
    }
}
