using BeltRoad.Stats.Extraction.Loading;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Reads and decodes the input documents; unreadable files become issues, not crashes.</summary>
internal sealed class LoadDocumentsStep : IRunStep
{
    public string Name => "load";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(context.Options.InputDirectory))
        {
            throw new ConfigurationException($"{context.Options.InputDirectory}: input folder not found");
        }

        context.Load = DocumentLoader.LoadFolder(context.Options.InputDirectory);
        foreach (var issue in context.Load.Issues)
        {
            context.Logger.LogWarning("{Issue}", issue.ToString());
        }

        context.Logger.LogInformation("Loaded {Count} documents from {Input}", context.Load.Documents.Count, context.Options.InputDirectory);
        return ValueTask.CompletedTask;
    }
}
