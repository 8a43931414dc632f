using System.Buffers;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A write-only stream that passes JSON through <see cref="HtmlSafeJson"/> on its way to another stream, so a
/// large export is escaped piece by piece instead of held whole. <see cref="Complete"/> writes the held-back tail.
/// </summary>
internal sealed class HtmlSafeJsonStream(Stream inner) : Stream
{
    private readonly ArrayBufferWriter<byte> _escaped = new(1 << 16);
    private byte[] _tail = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var input = _tail.Length == 0 ? buffer : (ReadOnlySpan<byte>)[.. _tail, .. buffer];
        var used = HtmlSafeJson.Escape(input, final: false, _escaped);
        _tail = input[used..].ToArray();
        Drain();
    }

    /// <summary>Escapes and writes what was held back for lookahead; call once, after the last write.</summary>
    public void Complete()
    {
        HtmlSafeJson.Escape(_tail, final: true, _escaped);
        _tail = [];
        Drain();
        inner.Flush();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Drain()
    {
        inner.Write(_escaped.WrittenSpan);
        _escaped.ResetWrittenCount();
    }
}
