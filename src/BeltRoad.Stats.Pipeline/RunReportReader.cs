using System.Text.Json;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Reads back what later runs need from a published run.json. Each read stops at the member it wants: the scalars come
/// first and a large corpus's run.json is megabytes of documents and findings after them.
/// </summary>
public static class RunReportReader
{
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

    // The value of one member of the top-level object, read up to it; null when the file is missing, damaged before
    // it, or lacks it.
    private static JsonDocument? TryReadMember(string path, string property)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(path));
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var wanted = reader.ValueTextEquals(property);
                    reader.Read();
                    if (wanted)
                    {
                        return JsonDocument.ParseValue(ref reader);
                    }

                    reader.Skip();
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
