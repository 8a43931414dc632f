using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>run.json's body is written into pooled chunks: what is read back must be what was written, across chunk ends.</summary>
public class PooledBytesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData((1 << 20) - 1, 2)] // the first chunk's last byte kept, its neighbour cut
    [InlineData(1 << 20, 1 << 20)]
    public void Writes_back_the_bytes_between_its_cuts_whatever_the_chunks(int start, int end)
    {
        var written = Enumerable.Range(0, (3 << 20) + 12_345).Select(i => (byte)(i * 31 % 251)).ToArray();
        using var bytes = new PooledBytes();
        for (var at = 0; at < written.Length;)
        {
            // Pieces of odd sizes, each asked for with a hint, as Utf8JsonWriter asks.
            var piece = Math.Min(written.Length - at, 1 + (at % 70_001));
            written.AsSpan(at, piece).CopyTo(bytes.GetSpan(piece));
            bytes.Advance(piece);
            at += piece;
        }

        using var output = new MemoryStream();
        bytes.WriteTo(output, start, end);

        Assert.Equal(written.Length, bytes.Length);
        Assert.Equal(written[start..^end], output.ToArray());
        Assert.Equal(written[^5..], bytes.Slice(bytes.Length - 5, 5));
    }

    [Fact]
    public void Cannot_advance_past_what_it_handed_out()
    {
        using var bytes = new PooledBytes();
        var handed = bytes.GetSpan(10).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Advance(handed + 1));
    }
}
