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

    /// <summary>Ends a file made by <see cref="Create(string, int, string?)"/> where it was written to (a spare may be longer).</summary>
    public static void Finish(FileStream file) => SpareFile.Finish(file);

    public static void Write(string path, byte[] bytes)
    {
        using var file = Create(path);
        file.Write(bytes);
    }
}
