using System.Text.Json;

namespace BeltRoad.Stats.Pipeline;

/// <summary>Reads back what later runs need from a published run.json.</summary>
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
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var counts = json.RootElement.GetProperty("counts");
            return (counts.GetProperty("documents").GetInt32(), counts.GetProperty("facts").GetInt32());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string? TryRead(string path, string property)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
