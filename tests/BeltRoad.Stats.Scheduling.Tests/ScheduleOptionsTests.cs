using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Scheduling.Tests.Support;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling.Tests;

public sealed class ScheduleOptionsTests
{
    [Fact]
    public void The_configuration_file_gives_the_schedule_and_the_command_line_overrides_it()
    {
        using var work = new Workspace(3);
        var config = Path.Combine(work.Root, "appsettings.json");
        File.WriteAllText(config, """{ "Schedule": { "Cron": "0 0 6 * * ?", "TimeZone": "Asia/Shanghai", "RunNow": true } }""");
        var run = new RunOptions(work.Input, work.Output, config);

        var fromFile = ScheduleOptions.Resolve(null, null, null, run);
        var overridden = ScheduleOptions.Resolve("0 15 7 ? * MON-FRI", "Europe/Berlin", null, run);

        Assert.Equal(("0 0 6 * * ?", "Asia/Shanghai", true), (fromFile.Schedule.Cron, fromFile.Schedule.TimeZone.Id, fromFile.RunNow));
        Assert.Equal(("0 15 7 ? * MON-FRI", "Europe/Berlin"), (overridden.Schedule.Cron, overridden.Schedule.TimeZone.Id));
    }

    [Fact]
    public void Fire_times_are_computed_in_the_schedule_time_zone()
    {
        var schedule = CronSchedule.Parse("0 0 6 * * ?", "Asia/Shanghai");
        var next = schedule.NextAfter(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), 2);
        Assert.Equal([new DateTimeOffset(2026, 11, 21, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero)], next);
        Assert.Equal("2026-11-22 06:00:00 +08:00", schedule.Show(next[0]));
    }

    [Fact]
    public void A_firing_that_fell_while_nothing_ran_is_found_and_none_when_the_last_run_is_recent()
    {
        var schedule = CronSchedule.Parse("0 0 6 * * ?", "UTC");
        var now = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        RunRecord Ran(DateTimeOffset at) => new("r", at, at, RunStatus.UpToDate, "sha256:00", 0, 0, 0, 0, 0, 0, 0, null);

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero), MissedFiring.Find(schedule, [Ran(now.AddDays(-1))], now));
        Assert.Null(MissedFiring.Find(schedule, [Ran(now.AddHours(-2))], now));
        Assert.Null(MissedFiring.Find(schedule, [], now));
    }
}
