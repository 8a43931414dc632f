using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Every read of an input goes through here and is bounded: the file is opened without blocking, must still be a
/// regular file, and no more than the size limit is ever read (a file that grew past it since listing fails).
/// </summary>
public static class InputReader
{
    private const int Chunk = 1 << 20;

    /// <exception cref="IOException">The file cannot be opened, is no longer a regular file, or is over the limit; the message says which.</exception>
    public static byte[] ReadAll(InputEntry entry, long limit)
    {
        using var handle = Open(entry, limit, out var length);
        var bytes = new byte[length];
        var read = ReadFully(handle, bytes, 0);
        return read == length && RandomAccess.Read(handle, new byte[1], length) == 0
            ? bytes
            : throw new IOException($"changed while being read (now {read} bytes or more, listed as {length}); read it again next run");
    }

    /// <summary>SHA-256 of the file as <see cref="ReadAll"/> would read it, in chunks.</summary>
    public static string Sha256(InputEntry entry, long limit)
    {
        using var handle = Open(entry, limit, out var length);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Pooled: a fresh 1 MB buffer per file made hashing thousands of small files cost more than their bytes.
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            long offset = 0;
            for (int read; offset <= limit && (read = RandomAccess.Read(handle, buffer, offset)) > 0; offset += read)
            {
                hash.AppendData(buffer, 0, read);
            }

            return offset > limit
                ? throw new IOException($"grew past the per-document limit of {InputLister.Megabytes(limit)} while being read")
                : Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SafeFileHandle Open(InputEntry entry, long limit, out long length)
    {
        if (!UnixFiles.IsSupported)
        {
            var managed = File.OpenHandle(System.Text.Encoding.UTF8.GetString(entry.Path));
            length = RandomAccess.GetLength(managed);
            return length <= limit ? managed : Refuse(managed, InputLister.OverLimit(length, limit));
        }

        var (handle, status, errno) = UnixFiles.OpenForReading(PathBytes.Native(entry.Path));
        if (handle is null)
        {
            throw new IOException($"cannot be opened: {UnixFiles.Describe(errno)}");
        }

        length = status.Size;
        return status.Kind != FileKind.Regular ? Refuse(handle, "is no longer a regular file")
            : length > limit ? Refuse(handle, InputLister.OverLimit(length, limit))
            : handle;
    }

    private static SafeFileHandle Refuse(SafeFileHandle handle, string reason)
    {
        handle.Dispose();
        throw new IOException(reason);
    }

    private static long ReadFully(SafeFileHandle handle, byte[] into, long offset)
    {
        while (offset < into.Length)
        {
            var read = RandomAccess.Read(handle, into.AsSpan((int)offset), offset);
            if (read == 0)
            {
                break;
            }

            offset += read;
        }

        return offset;
    }
}
