using System.Buffers;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Bytes written into chunks rented from <see cref="ArrayPool{T}.Shared"/>, for run.json's body (~10 MB at 100 MB of
/// documents): a growing array copied itself at each doubling and took fresh large-object memory every run (page
/// faults, a gen 2 collection); the scheduler's process now reuses the same chunks run after run. Disposing returns
/// them: the bytes must not be read after that.
/// </summary>
internal sealed class PooledBytes : IBufferWriter<byte>, IDisposable
{
    private const int ChunkBytes = 1 << 20;

    private readonly List<(byte[] Array, int Used)> _full = [];
    private byte[]? _current;
    private int _used;

    public long Length => _full.Sum(c => (long)c.Used) + _used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, (_current?.Length ?? 0) - _used);
        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current is null || _current.Length - _used < needed)
        {
            if (_current is not null)
            {
                _full.Add((_current, _used));
            }

            _current = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkBytes, needed));
            _used = 0;
        }

        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>The bytes in order, chunk by chunk.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Chunks()
    {
        foreach (var (array, used) in _full)
        {
            yield return array.AsMemory(0, used);
        }

        if (_current is not null)
        {
            yield return _current.AsMemory(0, _used);
        }
    }

    /// <summary>Writes the bytes from <paramref name="start"/> to <see cref="Length"/> less <paramref name="end"/>.</summary>
    public void WriteTo(Stream output, long start, long end)
    {
        var skip = start;
        var left = Length - start - end;
        foreach (var chunk in Chunks())
        {
            var part = chunk.Span[(int)Math.Min(skip, chunk.Length)..];
            skip -= chunk.Length - part.Length;
            part = part[..(int)Math.Min(left, part.Length)];
            output.Write(part);
            left -= part.Length;
        }
    }

    /// <summary>The <paramref name="count"/> bytes from <paramref name="start"/>, copied.</summary>
    public byte[] Slice(long start, int count)
    {
        using var copy = new MemoryStream(count);
        WriteTo(copy, start, Length - start - count);
        return copy.ToArray();
    }

    public void Dispose()
    {
        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        if (_current is not null)
        {
            ArrayPool<byte>.Shared.Return(_current);
        }

        _full.Clear();
        _current = null;
        _used = 0;
    }
}
