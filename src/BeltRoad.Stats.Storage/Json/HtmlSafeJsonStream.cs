using System.Buffers;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A write-only stream that passes JSON through <see cref="HtmlSafeJson"/> on its way to another stream, so a
/// large export is escaped piece by piece instead of held whole. <see cref="Complete"/> writes the held-back tail.
/// </summary>
internal sealed class HtmlSafeJsonStream(Stream inner) : Stream
{
    private readonly ArrayBufferWriter<byte> _escaped = new(1 << 16);

    // At most Lookahead - 1 bytes held back, and the buffer the tail and the next piece are joined in (reused).
    private readonly byte[] _tail = new byte[HtmlSafeJson.Lookahead];
    private int _tailLength;
    private byte[] _joined = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var input = buffer;
        if (_tailLength > 0)
        {
            var length = _tailLength + buffer.Length;
            if (_joined.Length < length)
            {
                _joined = new byte[Math.Max(length, _joined.Length * 2)];
            }

            _tail.AsSpan(0, _tailLength).CopyTo(_joined);
            buffer.CopyTo(_joined.AsSpan(_tailLength));
            input = _joined.AsSpan(0, length);
        }

        var used = HtmlSafeJson.Escape(input, final: false, _escaped);
        Hold(input[used..]);
        Drain();
    }

    /// <summary>Escapes and writes what was held back for lookahead; call once, after the last write.</summary>
    public void Complete()
    {
        HtmlSafeJson.Escape(_tail.AsSpan(0, _tailLength), final: true, _escaped);
        _tailLength = 0;
        Drain();
        inner.Flush();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Hold(ReadOnlySpan<byte> rest)
    {
        rest.CopyTo(_tail); // Escape stops short of the end only inside an undecided escape or U+2028 sequence
        _tailLength = rest.Length;
    }

    private void Drain()
    {
        inner.Write(_escaped.WrittenSpan);
        _escaped.ResetWrittenCount();
    }
}
