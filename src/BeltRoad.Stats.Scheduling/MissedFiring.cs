using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// The downtime half of the misfire policy. Quartz's in-memory store forgets everything when the process
/// stops, so a firing that fell while nothing was running is found here instead: if the schedule had a
/// fire time between the last recorded run and now, that firing was missed and the scheduler fires once now.
/// </summary>
internal static class MissedFiring
{
    public static DateTimeOffset? Find(CronSchedule schedule, IReadOnlyList<RunRecord> runs, DateTimeOffset now)
    {
        if (runs.Count == 0)
        {
            return null; // never ran here: nothing was missed, the first firing comes on schedule (or --run-now)
        }

        var last = runs.Max(r => r.Started);
        return schedule.NextAfter(last) is { } due && due < now ? due : null;
    }
}
