namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>One named, timed, replaceable step of a run (load → extract → store → chart → compose → publish).</summary>
public interface IRunStep
{
    string Name { get; }

    ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken);
}
