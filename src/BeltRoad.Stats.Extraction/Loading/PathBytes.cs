using System.Text;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// File names as the file system gives them: bytes. A name that is valid UTF-8 reads as itself (a backslash stays a
/// backslash); any byte that is not part of valid UTF-8 is shown as <c>\xNN</c>, so the name stays readable and the file
/// still opens by its bytes.
/// </summary>
internal static class PathBytes
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static byte[] Of(string path) => Encoding.UTF8.GetBytes(path);

    public static byte[] Join(byte[] folder, byte[] name) => folder.Length > 0 && folder[^1] == (byte)'/' ? [.. folder, .. name] : [.. folder, (byte)'/', .. name];

    /// <summary>NUL-terminated, for the native calls.</summary>
    public static byte[] Native(byte[] path) => [.. path, 0];

    public static bool IsInside(byte[] path, byte[] folder) =>
        path.AsSpan().SequenceEqual(folder) || (path.AsSpan().StartsWith(folder) && (folder[^1] == (byte)'/' || path[folder.Length] == (byte)'/'));

    public static string Display(ReadOnlySpan<byte> name)
    {
        var text = new StringBuilder(name.Length);
        while (!name.IsEmpty)
        {
            var valid = ValidPrefix(name);
            text.Append(Strict.GetString(name[..valid]));
            name = name[valid..];
            if (!name.IsEmpty)
            {
                text.Append(@"\x").Append(name[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                name = name[1..];
            }
        }

        return text.ToString();
    }

    public static bool IsValidUtf8(ReadOnlySpan<byte> name) => System.Text.Unicode.Utf8.IsValid(name);

    private static int ValidPrefix(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }
}
