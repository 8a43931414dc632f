using BeltRoad.Stats.Extraction.Loading;
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

    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        // Independent reads (3,700 files stat'ed; a 2 MB manifest parsed), each ≈ 50 ms at 100 MB: one on each core.
        var reading = Task.Run(() => PublishedManifest.TryRead(context.Options.OutputDirectory), cancellationToken);
        try
        {
            context.Inputs = InputLister.List(context.Options.InputDirectory, context.Settings.Inputs);
        }
        catch
        {
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // the run ends with nothing left reading
            throw;
        }

        var known = await reading.ConfigureAwait(false);
        var folder = PublishedManifestOf.InputFolder(context.Options);
        context.PublishedManifest = known;
        context.InputHashes = InputFingerprint.Hashes(context.Inputs, e => known?.HashOf(folder, e), context.Options.Parallelism);
        context.Fingerprint = InputFingerprint.Hash(
            InputFingerprint.Manifest(context.Options, context.Settings, context.Inputs, context.ProgramBuild, context.InputHashes));
        Judge(context, known);
        if (!context.UpToDate)
        {
            // For the extraction cache and the comparison; an up-to-date run needs neither.
            var settings = InputFingerprint.SettingsLines(context.Options, context.Settings, context.Inputs.Options, context.ProgramBuild);
            context.DocumentKeys = InputFingerprint.DocumentKeys(settings, context.Inputs, context.InputHashes);
        }
    }

    private static void Judge(RunContext context, PublishedManifest? known)
    {
        var output = context.Options.OutputDirectory;
        var published = RunReportReader.TryReadFingerprint(Path.Combine(output, OutputFiles.RunJson));
        if (published is null)
        {
            context.Logger.LogInformation("No published run in {Output} yet; generating (fingerprint {Fingerprint})", output, Short(context.Fingerprint));
            return;
        }

        if (published != context.Fingerprint)
        {
            var build = RunReportReader.TryReadBuild(Path.Combine(output, OutputFiles.RunJson));
            if (build != InputFingerprint.ProgramVersion)
            {
                context.Logger.LogInformation("Program changed since the published run (build {Published} → {Current}); regenerating", build ?? "unknown", InputFingerprint.ProgramVersion);
            }
            else
            {
                context.Logger.LogInformation("Inputs or settings changed since the published run (fingerprint {Fingerprint}); regenerating", Short(context.Fingerprint));
            }

            return;
        }

        var runId = RunReportReader.TryReadRunId(Path.Combine(output, OutputFiles.RunJson));
        var missing = known is not null && known.RunId == runId ? PublishedSetCheck.Missing(output, known.Outputs) : PublishedSetCheck.Missing(output);
        if (missing.Count > 0)
        {
            context.Logger.LogWarning("The published set lacks {Missing}; regenerating it (fingerprint {Fingerprint})", string.Join(", ", missing), Short(context.Fingerprint));
            return;
        }

        if (context.Options.Force)
        {
            context.Logger.LogInformation("Inputs unchanged since run {RunId}, regenerating anyway (--force)", runId);
            return;
        }

        context.Logger.LogInformation("Up to date: inputs, settings and program unchanged since run {RunId} (fingerprint {Fingerprint}); nothing rewritten", runId, Short(context.Fingerprint));
        context.UpToDate = true;
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(fingerprint.Length, InputFingerprint.Prefix.Length + 12)];
}
