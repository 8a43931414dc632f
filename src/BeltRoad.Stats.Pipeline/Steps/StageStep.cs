using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Creates the staging folder every later step writes into; the published output is untouched until the end.</summary>
internal sealed class StageStep(IReportPublisher publisher) : IRunStep
{
    public string Name => "stage";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        context.StagingDirectory = publisher.PrepareStaging(context.Options.OutputDirectory, context.RunId);
        return ValueTask.CompletedTask;
    }
}
