using System.Text.Json;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Reads back what later runs need from a published run.json. Each read stops at the member it wants: the scalars come
/// first and a large corpus's run.json is megabytes of documents and findings after them.
/// </summary>
public static class RunReportReader
{
    private const int HeadBytes = 64 * 1024;

    public static string? TryReadRunId(string path) => TryRead(path, "run_id");

    public static string? TryReadFingerprint(string path) => TryRead(path, "fingerprint");

    /// <summary>The program build (version and assembly ids) that made the published set.</summary>
    public static string? TryReadBuild(string path) => TryRead(path, "build");

    /// <summary>The published set's document and fact counts, or null when run.json is missing or unreadable.</summary>
    public static (int Documents, int Facts)? TryReadCounts(string path)
    {
        try
        {
            using var counts = TryReadMember(path, "counts");
            return counts is null ? null : (counts.RootElement.GetProperty("documents").GetInt32(), counts.RootElement.GetProperty("facts").GetInt32());
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string? TryRead(string path, string property)
    {
        using var value = TryReadMember(path, property);
        return value?.RootElement.ValueKind == JsonValueKind.String ? value.RootElement.GetString() : null;
    }

    // The value of one member of the top-level object; null when the file is missing, damaged before it, or lacks it.
    // The head is read first: the scalars are there, and a large corpus's run.json is megabytes after them.
    private static JsonDocument? TryReadMember(string path, string property)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[(int)Math.Min(file.Length, HeadBytes)];
            file.ReadExactly(head);
            var whole = head.Length == file.Length;
            return Find(head, whole, property, out var value) || whole ? value : Find(File.ReadAllBytes(path), true, property, out value) ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    // True when the bytes decide (value is the member's, or null when it is not there); false when they end before that.
    private static bool Find(byte[] bytes, bool final, string property, out JsonDocument? value)
    {
        value = null;
        var reader = new Utf8JsonReader(bytes, final, default);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                var wanted = reader.ValueTextEquals(property);
                var probe = reader;
                if (!probe.Read() || !probe.TrySkip())
                {
                    return false;
                }

                if (wanted)
                {
                    reader.Read();
                    value = JsonDocument.ParseValue(ref reader);
                    return true;
                }

                reader = probe;
            }
        }

        return final;
    }
}
