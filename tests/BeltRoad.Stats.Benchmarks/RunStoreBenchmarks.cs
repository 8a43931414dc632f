using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// Recording a published run in the default run store (SQLite), at the 100 MB corpus's size: the seeds' facts copied
/// under 736 × 5 document names with their values changed (≈ 195,000 facts, 3,680 documents), findings across the
/// copies by series key (thousands of members each, as in the corpus). <c>Fresh</c> records into an empty store;
/// <c>PlusOneDocument</c> records the same table plus one document after the table was recorded once. Both as a run
/// does it: documents known by their extraction keys, the content stored while the reports are written
/// (<c>*Content</c>, off the run's critical path), then the run's row after the swap (<c>*AfterSwap</c>, what a run waits for).
/// <c>FreshContentFromFactStore</c> stores the content as a run now does on SQLite: its rows copied from the run's
/// facts.sqlite (written once in the set-up), only the keys bound.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class RunStoreBenchmarks
{
    private const int Copies = 736;
    private FactTable _table = null!;
    private FactTable _plusOne = null!;
    private string _folder = "";
    private string _factStore = "";
    private IRunStore _store = null!;
    private PublishedContent _content = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = new FactTableBuilder(new FactExtractor(MetricCatalog.Default)).Build(DocumentLoader.LoadFolder(Path.Combine(RepoRoot.Find(), "seeds")));
        _table = Copied(seeds, Copies, seeds.Documents.Count);
        _plusOne = Copied(seeds, Copies + 1, 1);
        _factStore = Path.Combine(Path.GetTempPath(), "brs-runstore-bench-facts-" + Guid.NewGuid().ToString("N")[..8] + ".sqlite");
        FactStore.Write(_factStore, _table, []);
        Console.WriteLine($"// {_table.Documents.Count} documents, {_table.Facts.Count} facts, {_table.Findings.Count} findings of {_table.Findings.Sum(f => f.FactIds.Count)} members");
    }

    [IterationSetup(Targets = [nameof(Fresh), nameof(FreshContent), nameof(FreshContentFromFactStore)])]
    public void EmptyStore() => _store = NewStore();

    [IterationSetup(Targets = [nameof(PlusOneDocument), nameof(PlusOneDocumentContent)])]
    public void StoreWithTheTable()
    {
        _store = NewStore();
        _store.RecordPublished(Run("20261122T060000Z-aaaaaa"), PublishedContent.Of(_table, Keys(_table)));
    }

    [IterationSetup(Target = nameof(FreshAfterSwap))]
    public void EmptyStoreWithContent()
    {
        EmptyStore();
        _content = PublishedContent.Of(_table, Keys(_table));
        _store.StoreContent(_content);
    }

    [IterationSetup(Target = nameof(PlusOneDocumentAfterSwap))]
    public void StoreWithTheTableAndContent()
    {
        StoreWithTheTable();
        _content = PublishedContent.Of(_plusOne, Keys(_plusOne));
        _store.StoreContent(_content);
    }

    // Each benchmark's content is of a table object of its own (`with { }`), as each run's is: the writers share what
    // they look up in a table per table object (FindingMembership, FindingColumns), and a reused one would be found
    // already indexed.

    /// <summary>All in one transaction, after the swap (as before the content went ahead).</summary>
    [Benchmark]
    public void Fresh() => _store.RecordPublished(Run("20261122T060000Z-aaaaaa"), PublishedContent.Of(_table with { }, Keys(_table)));

    [Benchmark]
    public void FreshContent() => _store.StoreContent(PublishedContent.Of(_table with { }, Keys(_table)));

    [Benchmark]
    public void FreshContentFromFactStore() => _store.StoreContent(PublishedContent.Of(_table with { }, Keys(_table)), _factStore);

    [Benchmark]
    public void FreshAfterSwap() => _store.RecordPublished(Run("20261122T060000Z-aaaaaa"), _content);

    [Benchmark]
    public void PlusOneDocument() => _store.RecordPublished(Run("20261122T070000Z-bbbbbb"), PublishedContent.Of(_plusOne with { }, Keys(_plusOne)));

    [Benchmark]
    public void PlusOneDocumentContent() => _store.StoreContent(PublishedContent.Of(_plusOne with { }, Keys(_plusOne)));

    [Benchmark]
    public void PlusOneDocumentAfterSwap() => _store.RecordPublished(Run("20261122T070000Z-bbbbbb"), _content);

    [GlobalCleanup]
    public void Cleanup()
    {
        DeleteStore();
        if (_factStore.Length > 0)
        {
            File.Delete(_factStore);
        }
    }

    private void DeleteStore()
    {
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IRunStore NewStore()
    {
        DeleteStore();
        _folder = Path.Combine(Path.GetTempPath(), "brs-runstore-bench-" + Guid.NewGuid().ToString("N")[..8]);
        return RunStores.Open(StoreSettings.SqliteFile(Path.Combine(_folder, "runs.sqlite")));
    }

    /// <summary>The seeds' documents copied <paramref name="copies"/> times (the last copy only its first <paramref name="lastDocuments"/>), values changed per copy.</summary>
    private static FactTable Copied(FactTable seeds, int copies, int lastDocuments)
    {
        var documents = new List<DocumentInfo>();
        var facts = new List<Fact>();
        for (var copy = 0; copy < copies; copy++)
        {
            var names = seeds.Documents.Take(copy == copies - 1 ? lastDocuments : seeds.Documents.Count).Select(d => d.Name).ToHashSet();
            documents.AddRange(seeds.Documents.Where(d => names.Contains(d.Name)).Select(d => d with { Name = $"c{copy:D4}_{d.Name}" }));
            facts.AddRange(seeds.Facts.Where(f => names.Contains(f.Doc)).Select(f => f with { Id = $"{copy:D4}{f.Id}", Doc = $"c{copy:D4}_{f.Doc}", Value = f.Value + copy }));
        }

        var findings = facts.GroupBy(f => f.Key).Where(g => g.Count() > 1)
            .Select(g => new CrossDocumentFinding(FindingKind.Conflict, g.Key, [.. g.Select(f => f.Id)], [.. g.Select(f => f.Doc).Distinct()]))
            .ToList();
        return new FactTable(documents, facts, findings, [], []);
    }

    /// <summary>Stand-ins for the documents' extraction keys (name, content, program and configuration).</summary>
    private static Dictionary<string, string> Keys(FactTable table) => table.Documents.ToDictionary(d => d.Name, d => "sha256:" + d.Sha256 + ":" + d.Name);

    private static RunRecord Run(string id) => new(id, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, RunStatus.Succeeded, "sha256:x",
        0, 0, 0, 0, 0, 0, 0, "published", null, RunTrigger.Manual, null);
}
