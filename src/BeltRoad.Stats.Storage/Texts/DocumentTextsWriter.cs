using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Publishes each document's extracted text at <see cref="DocumentInfo.TextPath"/>: exactly the text every
/// span indexes (UTF-8 without BOM, form feeds between PDF pages kept), so anyone can check a fact's start and end.
/// </summary>
public static class DocumentTextsWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteFiles(string directory, IEnumerable<(DocumentInfo Info, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (info, text) in documents)
        {
            Write(directory, info, text);
        }
    }

    /// <summary>Writes one document's text and says what was written, so a later run can tell the file is still it.</summary>
    public static TextDigest Write(string directory, DocumentInfo info, string text)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(text);
        // Encoded into a pooled buffer: a text's bytes are written and hashed, then dropped (often past the large object heap's size).
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var bytes = buffer.AsSpan(0, Utf8.GetBytes(text, buffer));
            WriteNew(Path.Combine(directory, info.TextPath), bytes);
            return TextDigest.Of(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Each text goes into a fresh staging folder, so it is created (O_EXCL) rather than truncated: ext4 flushes a file
    // truncated to nothing when it is closed (auto_da_alloc), and FileMode.Create truncates even a new file. A text
    // already there is replaced as before.
    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (OpenNew(path) is not { } handle)
        {
            using var replaced = FileOutput.Create(path);
            replaced.Write(bytes);
            return;
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, fileOffset: 0);
        }
    }

    // The new file, or null when one is already there. The folder is made by a run's first text, not asked for by every one.
    private static SafeFileHandle? OpenNew(string path)
    {
        try
        {
            return Open(path);
        }
        catch (IOException e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // ENOENT: the folder is not there yet. .NET calls it a missing file instead when, by the time it looks, another
            // worker has made the folder (two workers writing a run's first texts at once).
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            return Open(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }

        static SafeFileHandle Open(string path) => File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }
}
