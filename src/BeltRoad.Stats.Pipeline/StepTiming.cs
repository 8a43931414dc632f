namespace BeltRoad.Stats.Pipeline;

/// <param name="PeakBytes">The process's peak working set when the step ended: the step that raised it is the one to look at.</param>
public sealed record StepTiming(string Step, TimeSpan Elapsed, long PeakBytes = 0);
