using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>Documents → fact table on the seeds (load excluded), the heart of a run; and the load alone.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private LoadResult _load = new([], []);
    private FactTableBuilder _builder = null!;
    private string _seeds = "";

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Path.Combine(RepoRoot.Find(), "seeds");
        _load = DocumentLoader.LoadFolder(_seeds);
        _builder = new FactTableBuilder(new FactExtractor(MetricCatalog.Default));
    }

    [Benchmark]
    public int ExtractSeeds() => _builder.Build(_load).Facts.Count;

    /// <summary>Read, decode, detect the language and read the header of every seed: what a fresh document costs before extraction.</summary>
    [Benchmark]
    public int LoadSeeds() => DocumentLoader.LoadFolder(_seeds).Documents.Count;
}
