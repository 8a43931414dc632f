using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Links the kept history (earlier sets, their texts, the run log) into the staging folder before run.json is
/// written, so run.json can say what it cost; the publish step then only writes run.json and swaps.
/// </summary>
internal sealed class CarryHistoryStep(IReportPublisher publisher) : IRunStep
{
    public string Name => "history";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        publisher.CarryHistory(context.StagingDirectory, context.Options.OutputDirectory, context.RunId, context.Settings.HistoryToKeep);
        return ValueTask.CompletedTask;
    }
}
