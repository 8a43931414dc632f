namespace BeltRoad.Stats.Storage;

internal static class FileOutput
{
    /// <summary>What an export streams through: big enough that a 200 MB file is a few hundred writes.</summary>
    public const int ExportBuffer = 1 << 20;

    /// <summary>A new file (replacing one already there), its folder created first, for streaming into.</summary>
    public static FileStream Create(string path, int bufferSize = 1 << 16)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize);
    }

    /// <summary>
    /// A new file at <paramref name="path"/>, written over <paramref name="spare"/> when that can be taken
    /// (<see cref="SpareFile"/>); the writer ends it with <see cref="Finish"/>.
    /// </summary>
    public static FileStream Create(string path, int bufferSize, string? spare) =>
        SpareFile.TryTake(spare, path) ? SpareFile.OpenTaken(path, bufferSize) : Create(path, bufferSize);

    /// <summary>A copy of <paramref name="source"/> at <paramref name="path"/>, written over <paramref name="spare"/> when that can be taken.</summary>
    public static void Copy(string source, string path, string? spare)
    {
        if (!SpareFile.TryTake(spare, path))
        {
            File.Copy(source, path, overwrite: true);
            return;
        }

        using var from = File.OpenHandle(source);
        using var to = SpareFile.OpenTaken(path, ExportBuffer);
        var length = RandomAccess.GetLength(from);
        var at = KernelCopy.Append(from, 0, length, to);
        var buffer = at < length ? new byte[ExportBuffer] : [];
        while (at < length)
        {
            var read = RandomAccess.Read(from, buffer, at);
            to.Write(buffer, 0, read > 0 ? read : throw new IOException($"'{source}' ended at {at} bytes while copied, of {length}."));
            at += read;
        }

        Finish(to);
    }

    /// <summary>Ends a file made by <see cref="Create(string, int, string?)"/> where it was written to (a spare may be longer).</summary>
    public static void Finish(FileStream file) => SpareFile.Finish(file);

    public static void Write(string path, byte[] bytes)
    {
        using var file = Create(path);
        file.Write(bytes);
    }
}
