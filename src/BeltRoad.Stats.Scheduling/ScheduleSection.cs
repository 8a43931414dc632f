using System.Text.Json;
using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The <c>Schedule</c> section of the configuration file; each value can be overridden on the command line:
/// <c>{ "Schedule": { "Cron": "0 0 6 * * ?", "TimeZone": "Asia/Shanghai", "RunNow": false } }</c>.
/// </summary>
public sealed record ScheduleSection(string? Cron, string? TimeZone, bool? RunNow)
{
    public static ScheduleSection Empty { get; } = new(null, null, null);

    public static ScheduleSection From(JsonElement? section, string? configFile)
    {
        if (section is not { ValueKind: JsonValueKind.Object } s)
        {
            return Empty;
        }

        try
        {
            return new ScheduleSection(Text(s, "Cron"), Text(s, "TimeZone"), s.TryGetProperty("RunNow", out var r) ? r.GetBoolean() : null);
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{configFile}: Schedule section: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement section, string name) =>
        section.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;
}
