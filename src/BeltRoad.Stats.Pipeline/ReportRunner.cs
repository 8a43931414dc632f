using System.Diagnostics;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Pipeline.Steps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Runs the steps in order (a stage's steps at once), timing and logging each. Bad configuration ends the run with exit code 2,
/// cancellation with 130; in every failing case the staging folder is discarded and the published
/// output stays the previous complete set.
/// </summary>
public sealed class ReportRunner
{
    private readonly IReportPublisher _publisher;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    // A runner that outlives its runs (the scheduler's) gives each the previous one's decoded cache entries.
    private readonly Extracting.ExtractionMemo _memo = new();

    public ReportRunner(ILogger? logger = null, TimeProvider? clock = null, IReportPublisher? publisher = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _clock = clock ?? TimeProvider.System;
        _publisher = publisher ?? new AtomicPublisher(_logger);
        Steps = RunSteps.Default(_publisher, _clock);
    }

    /// <summary>The run's stages in order (<see cref="RunSteps.Default"/>); a test replaces one to see a failing step handled.</summary>
    internal IReadOnlyList<RunStage> Steps { get; init; }

    /// <summary>Told of every document extracted, e.g. a terminal's progress line.</summary>
    public IProgress<DocumentProgress>? Progress { get; init; }

    /// <summary>
    /// When the process began, for a process that exists for this one run (the <c>run</c> command): the time from it to
    /// the run is timed as "start" (runtime start-up, loading, parsing the command line).
    /// </summary>
    public DateTimeOffset? ProcessStarted { get; init; }

    /// <summary>
    /// Whether the process exits once this runner's one run is done (the <c>run</c> command's, told so by its entry
    /// point): a run from the cache then leaves its no-collection region to the exit, as ending it would have the
    /// collector catch up at once on all the run allocated (≈ 110 ms at 100 MB) for a heap the exit frees anyway.
    /// </summary>
    public bool ProcessExitsAfterRun { get; init; }

    /// <summary>How long a run waits for another run on the same output folder to finish.</summary>
    internal TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Done when the last run's work after its swap is (deleting expired history sets): a process waits for it before it exits.</summary>
    public Task Settled => _publisher.Settled;

    /// <summary>A manual run (the <c>run</c> command).</summary>
    public Task<RunOutcome> RunAsync(RunOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(options, RunStart.Manual, cancellationToken);

    /// <summary>
    /// One run under the output folder's lock. Every run, published or not, becomes a row of the run store
    /// (<c>history/runs.sqlite</c> or <c>--store</c>), first as running, then with its outcome; a published run's
    /// facts go with it. Default store: published rows travel through the publisher, inside the swapped set, too.
    /// </summary>
    /// <exception cref="ConfigurationException">Bad configuration, or a run store with a newer schema (exit 2).</exception>
    public async Task<RunOutcome> RunAsync(RunOptions options, RunStart start, CancellationToken cancellationToken)
    {
        var started = _clock.GetUtcNow();
        var context = new RunContext(options, NewRunId(started), started, _logger) { Start = start, Progress = Progress, Memo = ProcessExitsAfterRun ? Extracting.ExtractionMemo.None : _memo, ProcessExitsAfterRun = ProcessExitsAfterRun };
        if (ProcessStarted is { } process)
        {
            context.Timings.Add(new StepTiming("start", started - process, StepTiming.PeakWorkingSet()));
        }

        var preparing = Stopwatch.StartNew();
        // Before anything is created: a mistyped --input must not leave an output folder or lock file behind.
        if (!Directory.Exists(options.InputDirectory))
        {
            throw new ConfigurationException($"{options.InputDirectory}: input folder not found (nothing was created or changed)");
        }

        OutputFolderCheck.Ensure(options.InputDirectory, options.OutputDirectory);

        OutputLock outputLock;
        try
        {
            outputLock = await OutputLock.AcquireAsync(options.OutputDirectory, LockWait, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Outcome(context, RunStatus.Cancelled, "Cancelled while waiting for another run; the previously published reports are unchanged.");
        }
        catch (IOException e)
        {
            _logger.LogError("{Message}", e.Message);
            new RunStoreLog(options.RunStore, required: false, _logger, PendingRuns.For(options.OutputDirectory))
                .GaveUp(RunHistory.Current(context, _clock.GetUtcNow()) with { Status = RunStatus.Failed, Message = e.Message });
            return Outcome(context, RunStatus.Failed, e.Message) with { ExitCode = ExitCodes.OutputBusy };
        }

        using (outputLock)
        {
            // First, before the run log (which lives in the output) is touched: an output a killed publish left
            // aside goes back, so the run judges, records into and publishes over the set a reader should see.
            await _publisher.Settled.ConfigureAwait(false); // the last run's expired history, deleted after its swap
            AtomicPublisher.Recover(PublishPaths.For(options.OutputDirectory), _logger);
            var log = new RunStoreLog(options.RunStore, required: options.Store is not null, _logger, PendingRuns.For(options.OutputDirectory));
            if (log.Begin(RunHistory.Current(context, null) with { Status = RunStatus.Running }, _clock.GetUtcNow(), DiedReading(options.OutputDirectory)) is { } unreachable)
            {
                return Outcome(context, RunStatus.Failed, unreachable);
            }

            // The output lock, an interrupted publish finished, the run's first row in the run store.
            context.Timings.Add(new StepTiming("prepare", preparing.Elapsed, StepTiming.PeakWorkingSet()));
            context.RunStore = log;
            try
            {
                var outcome = await RunStepsAsync(context, cancellationToken).ConfigureAwait(false);
                var recording = Stopwatch.StartNew();
                var row = RunHistory.Current(context, _clock.GetUtcNow()) with { Status = outcome.Status, Message = outcome.Message };
                if (outcome.Status is RunStatus.Succeeded or RunStatus.PartiallyFailed)
                {
                    await log.PublishedAsync(row with { Message = "published" }, context.HoldsFacts ? context.Table : null, context.DocumentKeys).ConfigureAwait(false);
                }
                else
                {
                    await log.ContentStoredAsync().ConfigureAwait(false); // its connection closed before the lock is released
                    log.Ended(row);
                }

                // After run.json is published, so only the summary and the log show it.
                context.Timings.Add(new StepTiming("record", recording.Elapsed, StepTiming.PeakWorkingSet()));
                return outcome;
            }
            catch (ConfigurationException e)
            {
                await log.ContentStoredAsync().ConfigureAwait(false);
                log.Ended(RunHistory.Current(context, _clock.GetUtcNow()) with { Status = RunStatus.Failed, Message = e.Message });
                throw;
            }
            finally
            {
                context.LetGoOfHeld();
            }
        }
    }

    private async Task<RunOutcome> RunStepsAsync(RunContext context, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var stage in Steps)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.Timings.AddRange(await stage.RunAsync(context, _logger, cancellationToken).ConfigureAwait(false));
                if (context.UpToDate)
                {
                    return Outcome(context, RunStatus.UpToDate, UpToDateMessage(context.Options.OutputDirectory));
                }
            }

            var failed = context.Account.Listing.Issues.Count(i => i.Severity == Severity.Failure);
            return failed > 0
                ? Outcome(context, RunStatus.PartiallyFailed, $"{failed} document(s) failed; the others were processed and published.")
                : Outcome(context, RunStatus.Succeeded, "Published.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Discard(context);
            return Outcome(context, RunStatus.Cancelled, "Cancelled; the previously published reports are unchanged.");
        }
        catch (ConfigurationException)
        {
            Discard(context);
            throw;
        }
        catch (Exception e)
        {
            Discard(context);
            _logger.LogError(e, "Run {RunId} failed", context.RunId);
            if (DiskFull.Caused(e))
            {
                var full = $"the disk is full (no space left where {context.Options.OutputDirectory} is written): {e.Message.TrimEnd('.')}";
                return Outcome(context, RunStatus.Failed, $"Failed: {full}. The previously published reports are unchanged.") with { ExitCode = ExitCodes.NoSpaceLeft };
            }

            return Outcome(context, RunStatus.Failed, $"Failed: {e.Message.TrimEnd('.')}. The previously published reports are unchanged.");
        }
    }

    // The documents a run that died on this output was reading (Extracting.ReadingMarks), as the dead run's row and a warning name them.
    private string DiedReading(string output)
    {
        var names = Extracting.ReadingMarks.Left(output);
        if (names.Count == 0)
        {
            return "";
        }

        var during = $" while reading {string.Join(", ", names)}";
        _logger.LogWarning("The last run on {Output} stopped{During}: if it crashed, that file is the first suspect", output, during);
        return during;
    }

    private static string UpToDateMessage(string output)
    {
        var counts = RunReportReader.TryReadCounts(Path.Combine(output, OutputFiles.RunJson)) is { } c ? $" (the published set: {c.Documents} documents, {c.Facts} facts)" : "";
        return $"Inputs, settings and program unchanged since the last run; nothing rewritten{counts}.";
    }

    private void Discard(RunContext context)
    {
        if (context.StagingDirectory.Length > 0)
        {
            _publisher.Discard(context.StagingDirectory);
        }
    }

    private static RunOutcome Outcome(RunContext context, RunStatus status, string message) =>
        new(context.RunId, status, context.Account, context.Timings, context.Changes, message);

    // Sortable by time; the random tail keeps two runs in the same second apart.
    private static string NewRunId(DateTimeOffset started) =>
        $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
}
