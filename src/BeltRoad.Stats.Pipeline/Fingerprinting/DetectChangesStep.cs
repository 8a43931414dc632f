using BeltRoad.Stats.Pipeline.Steps;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// Fingerprints the run's inputs and stops the run as "up to date" when the published set was made from
/// the same fingerprint: nothing is read further and nothing rewritten. <c>--force</c> runs anyway.
/// </summary>
internal sealed class DetectChangesStep : IRunStep
{
    // The files a complete published set always has; if one is gone, regenerate rather than trust run.json.
    private static readonly string[] Required = [OutputFiles.RunJson, OutputFiles.FactsJson, OutputFiles.FactsSqlite];

    public string Name => "fingerprint";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(context.Options.InputDirectory))
        {
            throw new ConfigurationException($"{context.Options.InputDirectory}: input folder not found");
        }

        context.Fingerprint = InputFingerprint.Compute(context.Options, context.Settings, InputFingerprint.ProgramVersion);
        var output = context.Options.OutputDirectory;
        var published = RunReportReader.TryReadFingerprint(Path.Combine(output, OutputFiles.RunJson));
        var complete = Required.All(f => File.Exists(Path.Combine(output, f)));
        if (published != context.Fingerprint || !complete)
        {
            context.Logger.LogInformation("Inputs changed since the published run (fingerprint {Fingerprint}); regenerating", Short(context.Fingerprint));
            return ValueTask.CompletedTask;
        }

        var runId = RunReportReader.TryReadRunId(Path.Combine(output, OutputFiles.RunJson));
        if (context.Options.Force)
        {
            context.Logger.LogInformation("Inputs unchanged since run {RunId}, regenerating anyway (--force)", runId);
            return ValueTask.CompletedTask;
        }

        context.Logger.LogInformation("Up to date: inputs, settings and program unchanged since run {RunId} (fingerprint {Fingerprint}); nothing rewritten", runId, Short(context.Fingerprint));
        context.UpToDate = true;
        return ValueTask.CompletedTask;
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(fingerprint.Length, InputFingerprint.Prefix.Length + 12)];
}
