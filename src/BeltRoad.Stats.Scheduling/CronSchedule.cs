using System.Globalization;
using BeltRoad.Stats.Pipeline;
using Quartz;

namespace BeltRoad.Stats.Scheduling;

/// <summary>A validated Quartz cron expression in an IANA time zone: when the scheduled runs happen.</summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression, TimeZoneInfo timeZone)
    {
        _expression = expression;
        TimeZone = timeZone;
    }

    public string Cron => _expression.CronExpressionString;

    public TimeZoneInfo TimeZone { get; }

    /// <exception cref="ConfigurationException">The expression is not Quartz cron, never fires, or the time zone is unknown; the message says which.</exception>
    public static CronSchedule Parse(string cron, string? timeZoneId)
    {
        var timeZone = FindTimeZone(timeZoneId);
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron).WithTimeZone(timeZone);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException(
                $"cron \"{cron}\" is not a valid Quartz cron expression: {e.Message.TrimEnd('.')}. " +
                "Quartz cron has 6 or 7 fields: seconds minutes hours day-of-month month day-of-week [year], with ? in one of the two day fields; e.g. \"0 0 6 * * ?\" is 06:00 every day.", e);
        }

        var schedule = new CronSchedule(expression, timeZone);
        if (schedule.NextAfter(DateTimeOffset.UtcNow) is null)
        {
            throw new ConfigurationException($"cron \"{cron}\" never fires again (is its year in the past?)");
        }

        return schedule;
    }

    public DateTimeOffset? NextAfter(DateTimeOffset time) => _expression.GetNextValidTimeAfter(time);

    public IReadOnlyList<DateTimeOffset> NextAfter(DateTimeOffset time, int count)
    {
        var times = new List<DateTimeOffset>();
        while (times.Count < count && NextAfter(times.Count == 0 ? time : times[^1]) is { } next)
        {
            times.Add(next);
        }

        return times;
    }

    /// <summary>A fire time as the schedule's zone shows it: <c>2026-11-22 06:00:00 +08:00</c>.</summary>
    public string Show(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, TimeZone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    public override string ToString() => $"\"{Cron}\" ({TimeZone.Id})";

    private static TimeZoneInfo FindTimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Local;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ConfigurationException($"time zone \"{id}\" is unknown: use an IANA time-zone id such as Asia/Shanghai, Europe/Berlin or UTC", e);
        }
    }
}
