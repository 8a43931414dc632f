using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Benchmarks.Store;

/// <summary>
/// The three writers on a run that copies its unchanged documents' facts from the published files: the generated
/// ~200,000-fact table published whole once, then written again with one document changed (its facts and skipped
/// mentions written anew, every other copied). Compare with <see cref="StoreBenchmarks"/>' whole writes:
/// `-- --filter '*StoreBenchmarks*' --inProcess --warmupCount 1 --iterationCount 5`.
/// </summary>
[MemoryDiagnoser]
public class SplicedStoreBenchmarks
{
    private FactTable _table = null!;
    private IReadOnlyList<RunRecord> _runs = [];
    private string _output = "";
    private PublishedFacts _account = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = GeneratedFactTable.Create();
        _runs = GeneratedFactTable.Runs();
        _output = Directory.CreateTempSubdirectory("spliced-bench-").FullName;
        Directory.CreateDirectory(Published(""));
        FactsJsonWriter.WriteFile(Published("facts.json"), _table, "beltroad-stats bench");
        FactsCsvWriter.WriteFile(Published("facts.csv"), _table);
        FactStore.Write(Published("facts.sqlite"), _table, _runs);
        var counts = _table.Facts.CountBy(f => f.Doc, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var changed = _table.Documents[_table.Documents.Count / 2].Name;
        _account = new PublishedFacts(
            _runs[^1].RunId,
            [.. _table.Documents.Select(d => new PublishedDocumentFacts(d.Name, counts.GetValueOrDefault(d.Name))).OrderBy(d => d.Doc, StringComparer.Ordinal)],
            _table.Documents.Select(d => d.Name).Where(d => d != changed).ToHashSet(StringComparer.Ordinal));
    }

    // A table object of its own for each invocation, as each run has: the writers share what they look up in a table per
    // table object (FindingMembership, FindingColumns), and a reused one would be found already indexed.
    private FactTable Table => _table with { };

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark]
    public bool FactsJson() => FactsJsonWriter.WriteFile(Path.Combine(_output, "facts.json"), Table, "beltroad-stats bench", Export("facts.json"));

    [Benchmark]
    public bool FactsCsv() => FactsCsvWriter.WriteFile(Path.Combine(_output, "facts.csv"), Table, Export("facts.csv"));

    [Benchmark]
    public bool FactsSqlite()
    {
        var path = Path.Combine(_output, "facts.sqlite");
        File.Delete(path);
        return FactStore.Write(path, Table, _runs, Export("facts.sqlite"));
    }

    private PublishedExport Export(string file) => new(Published(file), new FileInfo(Published(file)).Length, _account);

    private string Published(string file) => Path.Combine(_output, "published", file);
}
