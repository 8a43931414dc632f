using BeltRoad.Stats.Pipeline.Steps;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// Fingerprints the run's inputs and stops the run as "up to date" when the published set was made from
/// the same fingerprint and is complete: nothing is read further and nothing rewritten. <c>--force</c> runs anyway.
/// The runner has already finished what an interrupted publish left (under the output lock, before anything
/// touches the output), so the set judged here is the one a reader should see.
/// </summary>
internal sealed class DetectChangesStep : IRunStep
{
    public string Name => "fingerprint";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var output = context.Options.OutputDirectory;
        if (!Directory.Exists(context.Options.InputDirectory))
        {
            throw new ConfigurationException($"{context.Options.InputDirectory}: input folder not found");
        }

        context.Fingerprint = InputFingerprint.Compute(context.Options, context.Settings, InputFingerprint.ProgramVersion);
        var published = RunReportReader.TryReadFingerprint(Path.Combine(output, OutputFiles.RunJson));
        if (published != context.Fingerprint)
        {
            context.Logger.LogInformation("Inputs changed since the published run (fingerprint {Fingerprint}); regenerating", Short(context.Fingerprint));
            return ValueTask.CompletedTask;
        }

        var missing = PublishedSetCheck.Missing(output);
        if (missing.Count > 0)
        {
            context.Logger.LogWarning("The published set lacks {Missing}; regenerating it (fingerprint {Fingerprint})", string.Join(", ", missing), Short(context.Fingerprint));
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
