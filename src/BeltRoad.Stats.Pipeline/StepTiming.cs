using System.Diagnostics;

namespace BeltRoad.Stats.Pipeline;

/// <param name="PeakBytes">The process's peak working set when the step ended: the step that raised it is the one to look at.</param>
/// <param name="Group">
/// The steps it ran at once with, named by their names joined with '+' (<c>store+report</c>), or null when it ran
/// alone. Every step of a group is timed from the group's start to its own end, so the group took its longest step.
/// </param>
public sealed record StepTiming(string Step, TimeSpan Elapsed, long PeakBytes = 0, string? Group = null)
{
    /// <summary>The wall time of a run's timings: a group counts once, for its longest step.</summary>
    public static TimeSpan Total(IEnumerable<StepTiming> timings) =>
        timings.GroupBy(t => t.Group ?? t.Step).Aggregate(TimeSpan.Zero, (sum, g) => sum + g.Max(t => t.Elapsed));

    internal static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
