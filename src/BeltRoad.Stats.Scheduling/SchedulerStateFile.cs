using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// <c>.reports.scheduler.json</c> beside the output folder (not inside: publishing swaps that folder whole).
/// Rewritten by rename after each run, so <c>status</c> never reads half a file.
/// </summary>
public sealed class SchedulerStateFile(string outputDirectory)
{
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public string Path { get; } = PathFor(outputDirectory);

    public static string PathFor(string outputDirectory)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? full, $".{System.IO.Path.GetFileName(full)}.scheduler.json");
    }

    public static SchedulerState? Read(string outputDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(PathFor(outputDirectory)), SchedulerStateJson.Default.SchedulerState);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(ScheduleOptions options, DateTimeOffset? nextFireUtc)
    {
        using var self = Process.GetCurrentProcess();
        var state = new SchedulerState(Environment.ProcessId, self.StartTime.ToUniversalTime(), options.Schedule.Cron, options.Schedule.TimeZone.Id, _started, nextFireUtc);
        var temporary = Path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(state, SchedulerStateJson.Default.SchedulerState));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete() => File.Delete(Path);
}

/// <summary>Generated at compile time, so the natively compiled build reads and writes the file without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(SchedulerState))]
internal sealed partial class SchedulerStateJson : JsonSerializerContext;
