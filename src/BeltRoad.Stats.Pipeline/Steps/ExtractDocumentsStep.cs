using System.Diagnostics;
using System.Runtime;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// Reads and extracts the documents (new or changed ones; the others come from the extraction cache, their texts
/// linked from the published set), writes their texts into the staging folder, and builds the fact table with its
/// cross-document findings.
/// </summary>
internal sealed class ExtractDocumentsStep : IRunStep
{
    // A log line at most this often, so a long run says how far it is without flooding the log.
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(2);

    public string Name => "extract";

    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var listing = context.Inputs ?? InputLister.List(context.Options.InputDirectory, context.Settings.Inputs);
        var hashes = context.InputHashes.Count > 0 ? context.InputHashes : InputFingerprint.Hashes(listing);
        var settings = InputFingerprint.SettingsLines(context.Options, context.Settings, listing.Options, context.ProgramBuild);
        var byName = context.DocumentKeys.Count > 0 ? context.DocumentKeys : InputFingerprint.DocumentKeys(settings, listing, hashes);
        var keys = listing.Entries.Select(e => byName[e.Name]).ToList();
        foreach (var issue in listing.Issues)
        {
            context.Logger.LogWarning("{Issue}", issue.ToString());
        }

        // Made on the first document the cache cannot give: a run that takes every document from the cache never needs it.
        // What the step spent compiling (all threads; on a fresh run much of the extractor's first documents is JIT)
        // and in the kernel (reading, writing, page faults).
        var (jitTime, jitMethods) = (JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
        using var process = Process.GetCurrentProcess();
        var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        // And what it allocated and paused for collections: a cached run's decoded entries all survive, so their bytes cost twice.
        var (allocated, paused, collections) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
        var builder = new Lazy<FactTableBuilder>(() => new FactTableBuilder(new FactExtractor(context.Catalog, context.Entities)));
        var progress = new LoggedProgress(context, LogEvery);
        using (var queue = context.Options.Store is { Provider: StoreProvider.Postgres } store ? ExtractionQueue.Connect(store.ConnectionString) : null)
        using (var cache = ExtractionCache.Open(ExtractionCachePath.For(context.Options.OutputDirectory)))
        using (var marks = ReadingMarks.Begin(context.Options.OutputDirectory))
        {
            if (cache.Discarded is { } damage)
            {
                context.Logger.LogWarning("The extraction cache {Path} could not be read ({Damage}); started anew, so every document is extracted again", ExtractionCachePath.For(context.Options.OutputDirectory), damage);
            }

            var held = cache.Keys();
            var cached = keys.Count(held.Contains);
            context.Logger.LogInformation(
                "Extracting {Count} documents from {Input} ({Cached} unchanged, from the cache) on {Workers} worker(s)",
                listing.Entries.Count, context.Options.InputDirectory, cached, context.Options.Parallelism);
            var settled = PublishedManifestOf.SettledBefore(context);
            // One region a run: from its first hit's decoding when the cache gives any, else from the decoding of the
            // documents extracted now.
            var regionBegun = cached > 0 && HoldRegion(context, () => NoCollectionWhileDecoded.Begin(ExtractionCachePath.For(context.Options.OutputDirectory)));
            // With the PostgreSQL store the documents the cache lacks are shared with the cluster's other nodes.
            var share = queue is null ? null : new ClusterShare(
                queue, context.RunId, RunStart.ThisProcess, InputFingerprint.Hash(settings), Path.GetRelativePath(context.Options.OutputDirectory, context.StagingDirectory));
            var run = new StreamingExtraction(
                builder, cache, context.Memo, context.Options.OutputDirectory, context.StagingDirectory, context.Options.Parallelism, progress, context.PublishedManifest?.Texts ?? new Dictionary<string, StampedText>(), settled,
                bytes => _ = regionBegun || HoldRegion(context, () => NoCollectionWhileDecoded.ForEntries(bytes)),
                entry =>
                {
                    // Named before it is read, in the log and in the marks: even a crash while reading it says which file it was.
                    if (context.Logger.IsEnabled(LogLevel.Debug))
                    {
                        context.Logger.LogDebug("Reading {Document}", DisplayText.Visible(entry.Name));
                    }

                    return marks.Reading(entry.Name);
                },
                share);

            try
            {
                context.Table = await run.RunAsync(listing, keys, held, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Close(context, share);
            }

            if (share?.Helpers is { Count: > 0 } helpers)
            {
                context.Logger.LogInformation("Shared the documents with the cluster: {Helpers}", string.Join(", ", helpers.Select(h => $"{h.Value} extracted by {h.Key}")));
            }

            context.Texts = run.Texts;
            context.Logger.LogInformation(
                "Took {Reused} documents from the cache, their texts linked from the published set; {Missed} cached ones extracted again (entry unreadable, or published text gone or changed)",
                run.Reused, run.Missed);
            context.Logger.LogDebug("{Remembered} of the cached documents were still decoded in memory from this process's previous run", run.Remembered);
            if (run.Decoding.Bytes > 0)
            {
                context.Logger.LogDebug("Decoded the documents extracted now from their entries ({Megabytes} MB) in {Ms:F0} ms", run.Decoding.Bytes >> 20, run.Decoding.Time.TotalMilliseconds);
            }

            context.Logger.LogDebug("Assembled the table and its cross-document findings in {Ms:F0} ms", run.Assembling.TotalMilliseconds);
            process.Refresh();
            context.Logger.LogDebug(
                "CPU during the step: {User:F0} ms user, {System:F0} ms system; compiled {Methods} methods in {Jit:F0} ms; allocated {Allocated} MB, {Collections} collections pausing {Paused:F0} ms",
                (process.UserProcessorTime - user).TotalMilliseconds, (process.PrivilegedProcessorTime - system).TotalMilliseconds,
                JitInfo.GetCompiledMethodCount() - jitMethods, (JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds,
                (GC.GetTotalAllocatedBytes() - allocated) >> 20, GC.CollectionCount(0) - collections, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
        }

        foreach (var issue in context.Table.Issues.Skip(listing.Issues.Count))
        {
            context.Logger.LogWarning("{Issue}", issue.ToString());
        }

        context.Logger.LogInformation(
            "Extracted {Facts} facts from {Documents} documents ({Findings} cross-document findings, {Skipped} mentions skipped)",
            context.Table.Facts.Count, context.Table.Documents.Count, context.Table.Findings.Count, context.Table.Skipped.Count);
    }

    // The run's queue in the store goes however the run ends; one the store cannot close now is closed by the next run.
    private static void Close(RunContext context, ClusterShare? share)
    {
        try
        {
            share?.Close();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            context.Logger.LogWarning("Could not close run {RunId}'s document queue in the store: {Message}; the next run closes it", context.RunId, e.Message);
        }
    }

    // A region without collections from now to the run's end, not the step's: what the store and report steps allocate
    // mostly lives to the end too. Only in a process holding no previous run's table (starting a region collects fully
    // first); one that exits after the run leaves the region to the exit (ReportRunner.ProcessExitsAfterRun).
    // Returns whether one was asked for.
    private static bool HoldRegion(RunContext context, Func<NoCollectionWhileDecoded> begin)
    {
        if (!context.Memo.IsEmpty)
        {
            return false;
        }

        var region = begin();
        context.DecodingRegion = region; // ended when the store step begins
        if (!context.ProcessExitsAfterRun)
        {
            context.HoldUntilEnd(region);
        }

        return true;
    }

    /// <summary>Progress to the run's observer (the terminal) on every document, and to the log every few seconds.</summary>
    private sealed class LoggedProgress(RunContext context, TimeSpan every) : IProgress<DocumentProgress>
    {
        private readonly Stopwatch _sinceLine = Stopwatch.StartNew();

        public void Report(DocumentProgress value)
        {
            context.Progress?.Report(value);
            if (_sinceLine.Elapsed >= every || value.Done == value.Total)
            {
                context.Logger.LogInformation("Extracted {Progress}", value.ToString());
                _sinceLine.Restart();
            }
        }
    }
}
