using System.Diagnostics;

namespace BeltRoad.Stats.Scheduling;

/// <summary>What a running <c>schedule</c> process tells <c>status</c>: who it is and when it fires next.</summary>
public sealed record SchedulerState(int ProcessId, DateTimeOffset ProcessStartedUtc, string Cron, string TimeZone, DateTimeOffset StartedUtc, DateTimeOffset? NextFireUtc)
{
    /// <summary>True while the process that wrote this is still the one running under that id (ids get reused).</summary>
    public bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return !process.HasExited && (process.StartTime.ToUniversalTime() - ProcessStartedUtc.UtcDateTime).Duration() < TimeSpan.FromSeconds(2);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
