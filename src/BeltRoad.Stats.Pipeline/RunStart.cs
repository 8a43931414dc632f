using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline;

/// <summary>Who starts a run and why, for the run log's <c>node</c>, <c>trigger</c> and <c>scheduled_fire_time</c>.</summary>
/// <param name="Node">The scheduler's instance id, or <see cref="ThisProcess"/> for a manual run.</param>
/// <param name="ScheduledFireTime">The firing the run is for; null for a manual run.</param>
public sealed record RunStart(RunTrigger Trigger, string Node, DateTimeOffset? ScheduledFireTime)
{
    /// <summary>Host and process id: unique among the processes running at one time, and says where to look.</summary>
    public static string ThisProcess { get; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public static RunStart Manual { get; } = new(RunTrigger.Manual, ThisProcess, null);
}
