using System.Buffers;
using Microsoft.Win32.SafeHandles;

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
        CopyThroughBuffer(from, source, KernelCopy.Append(from, 0, length, to), length, to);
        Finish(to);
    }

    /// <summary>Bytes [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="source"/> (named <paramref name="name"/>) written to <paramref name="output"/> through a buffer.</summary>
    /// <exception cref="IOException">The file ends before <paramref name="end"/>.</exception>
    public static void CopyThroughBuffer(SafeFileHandle source, string name, long from, long end, Stream output)
    {
        if (from >= end)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ExportBuffer);
        try
        {
            for (var at = from; at < end;)
            {
                var read = RandomAccess.Read(source, buffer.AsSpan(0, (int)Math.Min(ExportBuffer, end - at)), at);
                output.Write(buffer, 0, read > 0 ? read : throw new IOException($"'{name}' ended at {at} bytes while copied, of {end}."));
                at += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Ends a file made by <see cref="Create(string, int, string?)"/> where it was written to (a spare may be longer).</summary>
    public static void Finish(FileStream file) => SpareFile.Finish(file);

    public static void Write(string path, byte[] bytes)
    {
        using var file = Create(path);
        file.Write(bytes);
    }
}
