using System.IO.Compression;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>zlib-wrapped deflate, which is what /FlateDecode means.</summary>
internal static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var output = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
