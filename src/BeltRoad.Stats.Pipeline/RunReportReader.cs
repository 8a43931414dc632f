using System.Text.Json;

namespace BeltRoad.Stats.Pipeline;

/// <summary>Reads back what later runs need from a published run.json.</summary>
public static class RunReportReader
{
    public static string? TryReadRunId(string path) => TryRead(path, "run_id");

    public static string? TryReadFingerprint(string path) => TryRead(path, "fingerprint");

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
