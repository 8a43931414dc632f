namespace BeltRoad.Stats.Pipeline;

public sealed record StepTiming(string Step, TimeSpan Elapsed);
