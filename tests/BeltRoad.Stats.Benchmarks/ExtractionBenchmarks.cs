using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>Documents → fact table on the seeds (load excluded), the heart of a run.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private LoadResult _load = new([], []);
    private FactTableBuilder _builder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _load = DocumentLoader.LoadFolder(Path.Combine(RepoRoot.Find(), "seeds"));
        _builder = new FactTableBuilder(new FactExtractor(MetricCatalog.Default));
    }

    [Benchmark]
    public int ExtractSeeds() => _builder.Build(_load).Facts.Count;
}
