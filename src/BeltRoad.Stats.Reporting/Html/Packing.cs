using System.IO.Compression;
using System.Text.Json;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// How the page packs what it decodes after the load event (the fact blocks, the lists): zlib at a level written out,
/// so the bytes never follow a changed default; .NET's ZLibStream then gives the same bytes for the same text.
/// </summary>
internal static class Packing
{
    /// <summary>zlib's default level.</summary>
    private const int Level = 6;

    /// <summary>A zlib stream into <paramref name="packed"/>, which stays open when the stream is disposed.</summary>
    public static ZLibStream Into(Stream packed) => new(packed, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true);

    /// <summary>Ends the JSON value <paramref name="json"/> wrote into <paramref name="zlib"/> as a line; the writer is ready for the next.</summary>
    public static void EndLine(Utf8JsonWriter json, Stream zlib)
    {
        json.Flush();
        json.Reset();
        zlib.Write("\n"u8);
    }
}
