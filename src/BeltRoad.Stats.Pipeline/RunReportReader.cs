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
            var members = Members(head, head.Length == file.Length, [property]) ?? Members(File.ReadAllBytes(path), true, [property])!;
            return members.GetValueOrDefault(property);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The <paramref name="wanted"/> members of a run.json's top-level object, each parsed (the first of its name; the
    /// caller disposes them); every other member is passed over, never parsed. Null when the bytes are not
    /// <paramref name="final"/> and end before all are found.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not JSON as far as they go.</exception>
    internal static Dictionary<string, JsonDocument>? Members(ReadOnlySpan<byte> bytes, bool final, IReadOnlyCollection<string> wanted)
    {
        var found = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(bytes, final, default);
            while (found.Count < wanted.Count && reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                var name = reader.GetString()!;
                var probe = reader;
                if (!probe.Read() || !probe.TrySkip())
                {
                    Release(found); // the bytes end inside this member
                    return null;
                }

                if (wanted.Contains(name) && !found.ContainsKey(name))
                {
                    reader.Read();
                    found[name] = JsonDocument.ParseValue(ref reader);
                }
                else
                {
                    reader = probe;
                }
            }
        }
        catch
        {
            Release(found);
            throw;
        }

        if (found.Count == wanted.Count || final)
        {
            return found;
        }

        Release(found);
        return null;
    }

    /// <summary>Disposes what <see cref="Members"/> gave.</summary>
    internal static void Release(Dictionary<string, JsonDocument> members)
    {
        foreach (var member in members.Values)
        {
            member.Dispose();
        }
    }
}
