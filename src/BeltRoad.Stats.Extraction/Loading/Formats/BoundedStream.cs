namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A read-only view of an inflating stream that stops with a <see cref="DecodeFailure"/> once more than
/// <paramref name="limit"/> bytes come out: a zip entry may state any size, so the bytes are counted as they inflate.
/// (.NET's zip reader also ends an entry at its stated size, which the package checked against the limit first; this
/// count does not rely on that.)
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, string name) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        return _read > limit ? throw DocxPackage.TooLarge(name, limit) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
