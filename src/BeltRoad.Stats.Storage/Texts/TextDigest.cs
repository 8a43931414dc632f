using System.Security.Cryptography;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What a published text file must hold to be a document's text: its UTF-8 bytes' SHA-256 and their count. The
/// extraction cache keeps this instead of the text, and a later run reuses the published file only when it still matches.
/// </summary>
public readonly record struct TextDigest(string Sha256, long Bytes)
{
    internal static TextDigest Of(ReadOnlySpan<byte> bytes) => new(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);

    /// <summary>True when the file at <paramref name="path"/> has exactly these bytes (the length is checked before any byte is read).</summary>
    public bool Matches(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length != Bytes)
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return stream.Length == Bytes && Convert.ToHexStringLower(SHA256.HashData(stream)) == Sha256;
    }
}
