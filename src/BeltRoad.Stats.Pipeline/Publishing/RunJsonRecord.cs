using System.Globalization;
using System.Text.Json;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>The run-log row of a staged run, read back from its run.json (written last, so it is the run's own account).</summary>
internal static class RunJsonRecord
{
    public static RunRecord Read(string runJsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(runJsonPath));
        var root = json.RootElement;
        var counts = root.GetProperty("counts");
        var changes = root.TryGetProperty("changes", out var c) && c.ValueKind == JsonValueKind.Object ? c : (JsonElement?)null;
        return new RunRecord(
            root.GetProperty("run_id").GetString()!,
            Time(root.GetProperty("started_utc").GetString()!),
            Time(root.GetProperty("finished_utc").GetString()!),
            RunStatusCodes.Parse(root.GetProperty("status").GetString()!),
            root.GetProperty("fingerprint").GetString() ?? "",
            counts.GetProperty("documents").GetInt32(),
            counts.GetProperty("facts").GetInt32(),
            counts.GetProperty("warnings").GetInt32(),
            counts.GetProperty("failures").GetInt32(),
            changes?.GetProperty("added").GetInt32() ?? 0,
            changes?.GetProperty("removed").GetInt32() ?? 0,
            changes?.GetProperty("changed").GetInt32() ?? 0,
            "published",
            root.TryGetProperty("node", out var node) ? node.GetString() : null,
            root.TryGetProperty("trigger", out var trigger) && trigger.GetString() is { } code ? RunTriggerCodes.Parse(code) : RunTrigger.Manual,
            root.TryGetProperty("scheduled_fire_time", out var due) && due.GetString() is { } d ? Time(d) : null);
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
