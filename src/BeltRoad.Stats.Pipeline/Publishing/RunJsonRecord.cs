using System.Globalization;
using System.Text.Json;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>The run-log row of a staged run, read back from its run.json (written last, so it is the run's own account).</summary>
internal static class RunJsonRecord
{
    // The top-level members the row is made of; the rest (documents, findings: megabytes for a large corpus) is
    // skipped by the reader, never parsed into a document.
    private static readonly string[] Members =
        ["run_id", "started_utc", "finished_utc", "status", "fingerprint", "counts", "changes", "node", "trigger", "scheduled_fire_time"];

    public static RunRecord Read(string runJsonPath)
    {
        // changes comes after the documents and findings: the whole file is read.
        var members = RunReportReader.Members(File.ReadAllBytes(runJsonPath), final: true, Members)!;
        try
        {
            var root = (string name) => members[name].RootElement;
            var counts = root("counts");
            var changes = members.TryGetValue("changes", out var c) && c.RootElement.ValueKind == JsonValueKind.Object ? c.RootElement : (JsonElement?)null;
            return new RunRecord(
                root("run_id").GetString()!,
                Time(root("started_utc").GetString()!),
                Time(root("finished_utc").GetString()!),
                RunStatusCodes.Parse(root("status").GetString()!),
                root("fingerprint").GetString() ?? "",
                counts.GetProperty("documents").GetInt32(),
                counts.GetProperty("facts").GetInt32(),
                counts.GetProperty("warnings").GetInt32(),
                counts.GetProperty("failures").GetInt32(),
                changes?.GetProperty("added").GetInt32() ?? 0,
                changes?.GetProperty("removed").GetInt32() ?? 0,
                changes?.GetProperty("changed").GetInt32() ?? 0,
                "published",
                members.TryGetValue("node", out var node) ? node.RootElement.GetString() : null,
                members.TryGetValue("trigger", out var trigger) && trigger.RootElement.GetString() is { } code ? RunTriggerCodes.Parse(code) : RunTrigger.Manual,
                members.TryGetValue("scheduled_fire_time", out var due) && due.RootElement.GetString() is { } d ? Time(d) : null);
        }
        finally
        {
            RunReportReader.Release(members);
        }
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
