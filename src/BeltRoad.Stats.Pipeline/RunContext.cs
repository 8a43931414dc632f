using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Reporting.Planning;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline;

/// <summary>The state a run's steps hand to each other. Each step reads what earlier steps set and sets its own part.</summary>
public sealed class RunContext(RunOptions options, string runId, DateTimeOffset startedUtc, ILogger logger)
{
    public RunOptions Options { get; } = options;

    public string RunId { get; } = runId;

    public DateTimeOffset StartedUtc { get; } = startedUtc;

    public ILogger Logger { get; } = logger;

    /// <summary>Who started the run and why (manual unless a scheduler says otherwise).</summary>
    public RunStart Start { get; init; } = RunStart.Manual;

    public string ProgramVersion { get; init; } = ProgramInfo.Version;

    public RunSettings Settings { get; set; } = RunSettings.Default;

    public MetricCatalog Catalog { get; set; } = MetricCatalog.Default;

    /// <summary>The entity catalogue: the built-in one, or with the user's Entities.File merged in.</summary>
    public EntityCatalog Entities { get; set; } = EntityCatalog.Default;

    /// <summary>The headline series the digest leads with: the built-in ones, or with the user's Headlines.File.</summary>
    public HeadlineCatalog Headlines { get; set; } = HeadlineCatalog.Default;

    /// <summary>The one listing of the input folder, made by the fingerprint step and read by every later step.</summary>
    public InputListing? Inputs { get; set; }

    /// <summary>SHA-256 of every input and sidecar by name, read once by the fingerprint step.</summary>
    public IReadOnlyDictionary<string, string> InputHashes { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Each document's extraction cache key by name, made by the fingerprint step from <see cref="InputHashes"/>.</summary>
    public IReadOnlyDictionary<string, string> DocumentKeys { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where the run is recorded (null when no store is used): the store and publish steps store its content ahead of the swap.</summary>
    internal RunStoreLog? RunStore { get; set; }

    /// <summary>What the published set says of its inputs (stat cache, documents' keys), or null when it cannot say.</summary>
    internal Fingerprinting.PublishedManifest? PublishedManifest { get; set; }

    /// <summary>The staged texts' stamps by path, from the extract step, for the published manifest (the next run checks them by it).</summary>
    internal IReadOnlyDictionary<string, Extracting.StampedText> Texts { get; set; } = new Dictionary<string, Extracting.StampedText>(StringComparer.Ordinal);

    // What steps hold until the run ends; steps of one stage run at once, so it is locked.
    private readonly List<IDisposable> _held = [];

    /// <summary>Whether the process exits after this run (<see cref="ReportRunner.ProcessExitsAfterRun"/>), unlike a scheduler's.</summary>
    internal bool ProcessExitsAfterRun { get; init; }

    /// <summary>What steps hold until the run ends, in the order they were given (<see cref="HoldUntilEnd"/>).</summary>
    internal IReadOnlyList<IDisposable> Held
    {
        get
        {
            lock (_held)
            {
                return [.. _held];
            }
        }
    }

    /// <summary>
    /// Hands the run something to hold until it ends, however it ends (the extract step's
    /// <see cref="Extracting.NoCollectionWhileDecoded"/>): <see cref="ReportRunner"/> lets go of it then.
    /// </summary>
    internal void HoldUntilEnd(IDisposable held)
    {
        lock (_held)
        {
            _held.Add(held);
        }
    }

    /// <summary>Disposes what the run holds, the last given first. One that fails is logged, never made the run's outcome.</summary>
    internal void LetGoOfHeld()
    {
        lock (_held)
        {
            for (var i = _held.Count - 1; i >= 0; i--)
            {
                try
                {
                    _held[i].Dispose();
                }
                catch (Exception e)
                {
                    Logger.LogWarning(e, "Run {RunId} could not let go of {Held} at its end", RunId, _held[i].GetType().Name);
                }
            }

            _held.Clear();
        }
    }

    /// <summary>Decoded cache entries the runner keeps from its previous run (<see cref="Extracting.ExtractionMemo"/>).</summary>
    internal Extracting.ExtractionMemo Memo { get; init; } = new();

    /// <summary>The program as built, part of every fingerprint and cache key (a rebuilt program extracts anew).</summary>
    public string ProgramBuild { get; init; } = Fingerprinting.InputFingerprint.ProgramVersion;

    /// <summary>Told of every document extracted (a terminal's progress line); null when nobody watches.</summary>
    public IProgress<DocumentProgress>? Progress { get; init; }

    private FactTable? _table = FactTable.Empty;

    /// <summary>
    /// The run's fact table, from the extract step to the end of the store step, which lets it go
    /// (<see cref="LetGoOfFacts"/>): read after that it throws. The report reads the facts the store step hands it
    /// (<see cref="FactsForReport"/>) and lets them go once read; what the later steps need of the table is its
    /// <see cref="Account"/>, taken when the table is set.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store step has let the facts go.</exception>
    public FactTable Table
    {
        get => _table ?? throw new InvalidOperationException("The run's facts were let go after the store step: read them from its facts.sqlite.");
        set
        {
            _table = value;
            Account = TableAccount.Of(value);
        }
    }

    /// <summary>The table without its facts and the counts of them (<see cref="TableAccount"/>): held to the run's end.</summary>
    public TableAccount Account { get; private set; } = TableAccount.Empty;

    /// <summary>Whether the run still holds its facts (until the store step has written them).</summary>
    internal bool HoldsFacts => _table is not null;

    /// <summary>The extract step's region without collections, if it began one (<see cref="Extracting.NoCollectionWhileDecoded"/>).</summary>
    internal IDisposable? DecodingRegion { get; set; }

    /// <summary>
    /// The store step's end: the facts are in facts.sqlite, the exports and run.json's account written, the comparison
    /// made. The run lets the table go; the report's source lets it go once read, and a run store's content keyed from
    /// it (<see cref="RunStoreLog.StoreContent"/>) once its rows are stored (it keeps only their keys for publish).
    /// </summary>
    internal void LetGoOfFacts() => _table = null;

    /// <summary>
    /// Set when the store step has ended, its writers with it, whether they failed or not: from then on only the
    /// report's own pass can still hold the table, so a collection frees it (<see cref="Steps.WriteReportsStep"/>).
    /// </summary>
    internal TaskCompletionSource StoreEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _skippedReaders = 3;

    /// <summary>
    /// One of the store stage's three readers of the skipped mentions (facts.sqlite, run.json's account, the report's
    /// pass) is done with them; after the last, the table lets them go and later steps read only their count
    /// (<see cref="ILetGoList{T}"/>). In a run that decoded its table their arrays lie among its objects in the oldest
    /// generation, where a sweep only leaves holes (≈ 150 MB at 1 GB of input, still resident): a compaction gives them back.
    /// </summary>
    internal void SkippedRead()
    {
        if (Interlocked.Decrement(ref _skippedReaders) == 0 && Account.Listing.Skipped is ILetGoList<SkippedMention> skipped)
        {
            skipped.LetGo();
            if (DecodingRegion is not null)
            {
                HeapCompaction.Now();
            }
        }
    }

    public FactChanges? Changes { get; set; }

    /// <summary>
    /// The run's facts as the store step hands them to the report when it begins writing them (<see cref="Steps.RunReportFacts"/>:
    /// read once, beside facts.sqlite and the exports). Should that step fail first, its stage cancels the report's wait.
    /// </summary>
    internal TaskCompletionSource<Steps.RunReportFacts> FactsForReport { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where this run writes before publishing; set by the staging step.</summary>
    public string StagingDirectory { get; set; } = "";

    /// <summary>Fingerprint of inputs, settings and program version; equal fingerprints mean an equal result.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>Set by a step that finds nothing to do (inputs unchanged): later steps are skipped.</summary>
    public bool UpToDate { get; set; }

    public List<StepTiming> Timings { get; } = [];

    /// <summary>The file of run.json's account of the table (<see cref="RunReportWriter.WriteBodyFile"/>), written by the store step into the staging folder; null until then, and again once <see cref="RunReportWriter.Write"/> has taken it (and deleted the file).</summary>
    internal string? RunReportBody { get; set; }

    /// <summary>The date the data speaks for: the newest document date. Written into the PDF instead of the clock.</summary>
    public DateOnly DataDate => Account.Listing.DataDate;
}
