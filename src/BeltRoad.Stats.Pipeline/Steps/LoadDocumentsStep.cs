using BeltRoad.Stats.Extraction.Loading;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Reads and decodes the documents of the run's input listing; unreadable files become issues, not crashes.</summary>
internal sealed class LoadDocumentsStep : IRunStep
{
    public string Name => "load";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        context.Load = DocumentLoader.Load(context.Inputs ?? InputLister.List(context.Options.InputDirectory, context.Settings.Inputs));
        foreach (var issue in context.Load.Issues)
        {
            context.Logger.LogWarning("{Issue}", issue.ToString());
        }

        context.Logger.LogInformation("Loaded {Count} documents from {Input}", context.Load.Documents.Count, context.Options.InputDirectory);
        return ValueTask.CompletedTask;
    }
}
