using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Steps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>The extract step as a run drives it, for the benchmarks around it: first the fingerprint step, then the step itself.</summary>
internal static class ExtractStepRun
{
    /// <summary>The fingerprint step as a run does it before extracting: the listing, every input's hash and each document's key.</summary>
    /// <param name="programBuild">The build the keys name (<see cref="RunContext.ProgramBuild"/>); this one's when null.</param>
    public static RunContext Fingerprinted(RunOptions options, string? programBuild = null)
    {
        var context = new RunContext(options, "bench", DateTimeOffset.UtcNow, NullLogger.Instance) { ProgramBuild = programBuild ?? InputFingerprint.ProgramVersion };
        new DetectChangesStep().ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return context;
    }

    /// <summary>
    /// Null when the output's extraction cache holds an entry for some of <paramref name="fingerprinted"/>'s documents;
    /// else why a cold-step benchmark must not go on: it would extract every document again, not decode it, and its
    /// cache save would replace the output's entries with this build's. The keys name the build, so a build other than
    /// the one that published the output (or a wrong BUILD argument) finds none.
    /// </summary>
    public static string? NothingCached(RunContext fingerprinted)
    {
        var output = fingerprinted.Options.OutputDirectory;
        var keys = ExtractionCache.KeysIn(ExtractionCachePath.For(output));
        if (fingerprinted.DocumentKeys.Count == 0 || fingerprinted.DocumentKeys.Values.Any(keys.Contains))
        {
            return null;
        }

        var published = RunReportReader.TryReadBuild(Path.Combine(output, OutputFiles.RunJson)) ?? "none (no readable run.json)";
        return $"None of the {fingerprinted.DocumentKeys.Count} documents has an entry in {output}'s extraction cache ({keys.Count} entries) "
            + $"under build '{fingerprinted.ProgramBuild}'; the published run.json's build is '{published}'. Nothing was run: give that build "
            + "(quoted), or publish the output with this one.";
    }

    /// <summary>The extract step on what <paramref name="fingerprinted"/> found, staging into <paramref name="staging"/>; the facts it gave.</summary>
    public static int Extract(RunContext fingerprinted, string staging, ILogger? logger = null) =>
        Extracted(fingerprinted, staging, logger).Table.Facts.Count;

    /// <summary>The extract step on what <paramref name="fingerprinted"/> found, staging into <paramref name="staging"/>; the run's context after it.</summary>
    public static RunContext Extracted(RunContext fingerprinted, string staging, ILogger? logger = null)
    {
        Directory.CreateDirectory(staging);
        var context = new RunContext(fingerprinted.Options, "bench", DateTimeOffset.UnixEpoch, logger ?? NullLogger.Instance)
        {
            Inputs = fingerprinted.Inputs,
            InputHashes = fingerprinted.InputHashes,
            DocumentKeys = fingerprinted.DocumentKeys,
            PublishedManifest = fingerprinted.PublishedManifest,
            StagingDirectory = staging,
            ProgramBuild = fingerprinted.ProgramBuild,
        };
        new ExtractDocumentsStep().ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        // What a run would hold to its end (its no-collection region) ends with the step here: no run goes on after it.
        context.LetGoOfHeld();
        return context;
    }
}
