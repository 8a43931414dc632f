using System.Buffers;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// A buffer writer that hands each block to a stream as the writer advances past it: a <see cref="System.Text.Json.Utf8JsonWriter"/>
/// over a <see cref="Stream"/> keeps everything written until it is flushed (run.json's body, 92 MB at 1 GB, grew one
/// large array after another), over this it holds one block.
/// </summary>
internal sealed class StreamedBytes(Stream output) : IBufferWriter<byte>, IDisposable
{
    private const int BlockBytes = 1 << 16;

    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockBytes);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _block.Length);
        output.Write(_block, 0, count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > _block.Length)
        {
            ArrayPool<byte>.Shared.Return(_block);
            _block = ArrayPool<byte>.Shared.Rent(sizeHint);
        }

        return _block;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public void Dispose() => ArrayPool<byte>.Shared.Return(_block);
}
