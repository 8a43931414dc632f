using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Benchmarks.Store;

/// <summary>
/// The store step's three writers, each alone, over a generated table the size of the 10 MB and the 100 MB corpus's
/// (368 and 3,680 documents, ~20,000 and ~200,000 facts), into a temporary folder: facts.json, facts.csv, facts.sqlite;
/// and the store step as a run does it (the three at once). Each alone and one at a time, so the two sizes show each
/// writer's own growth (issue 12: 10 → 100 MB at most 11×), which a run's step times cannot: there the store step shares
/// the cores with the report, and its lowered writers yield to the run store's chain. Each write takes a good fraction of
/// a second, so a few iterations suffice: `-- --filter '*StoreBenchmarks*' --inProcess --warmupCount 1 --iterationCount 5`.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private FactTable _table = null!;
    private IReadOnlyList<RunRecord> _runs = [];
    private string _output = "";

    /// <summary>368: the 10 MB corpus's document count; 3,680: the 100 MB corpus's.</summary>
    [Params(368, 3_680)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = GeneratedFactTable.Create(Documents);
        _runs = GeneratedFactTable.Runs();
        _output = Directory.CreateTempSubdirectory("store-bench-").FullName;
    }

    // A table object of its own for each invocation, as each run has: the writers share what they look up in a table per
    // table object (FindingMembership, FindingColumns), and a reused one would be found already indexed.
    private FactTable Table => _table with { };

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark]
    public long FactsJson()
    {
        var path = Path.Combine(_output, "facts.json");
        FactsJsonWriter.WriteFile(path, Table, "beltroad-stats bench");
        return new FileInfo(path).Length;
    }

    [Benchmark]
    public long FactsCsv()
    {
        var path = Path.Combine(_output, "facts.csv");
        FactsCsvWriter.WriteFile(path, _table);
        return new FileInfo(path).Length;
    }

    [Benchmark]
    public long FactsSqlite()
    {
        var path = Path.Combine(_output, "facts.sqlite");
        File.Delete(path);
        FactStore.Write(path, Table, _runs);
        return new FileInfo(path).Length;
    }

    /// <summary>The run's store step: the three files at once into a new staging folder (no run log: an empty output folder).</summary>
    [Benchmark]
    public int StoreStep()
    {
        var staging = Path.Combine(_output, "staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var context = new RunContext(new RunOptions(_output, Path.Combine(_output, "published")), "bench", DateTimeOffset.UnixEpoch, NullLogger.Instance)
        {
            Table = Table,
            StagingDirectory = staging,
        };
        new WriteFactTableStep().ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Directory.GetFiles(staging).Length;
    }
}
