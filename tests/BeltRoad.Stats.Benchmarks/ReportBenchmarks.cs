using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Benchmarks.Corpus;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The report step (extraction excluded): charts + digest + HTML as the run writes them, and each part alone, on the
/// seeds' fact table and on the generated 100 MB corpus's (≈ 200,000 facts, findings of thousands of members, ≈ 660,000
/// skipped mentions: <see cref="CorpusGenerator"/>, extracted in the setup, which takes a few minutes). Issue 12: the
/// step ≤ 0.5 s at 100 MB.
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*ReportBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportInput _input = null!;
    private ReportModel _model = null!;
    private string _output = "";

    /// <summary>0: the seeds; otherwise a corpus of that many megabytes made from them (10 → 100: each part's growth).</summary>
    [Params(0, 10, 100)]
    public int CorpusMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalog = MetricCatalog.Default;
        var seeds = Path.Combine(RepoRoot.Find(), "seeds");
        var corpus = CorpusMegabytes == 0 ? null : Directory.CreateTempSubdirectory("report-bench-corpus-").FullName;
        if (corpus is not null)
        {
            CorpusGenerator.Generate(seeds, corpus, CorpusMegabytes);
        }

        var table = new FactTableBuilder(new FactExtractor(catalog)).Build(DocumentLoader.LoadFolder(corpus ?? seeds));
        if (corpus is not null)
        {
            Directory.Delete(corpus, recursive: true);
        }

        _input = new ReportInput(table, catalog.MetricInfos, catalog.GroupInfos, new DateOnly(2023, 10, 18), "bench")
        {
            EntityAliases = EntityCatalog.Default.Entries.GroupBy(e => e.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Aliases, StringComparer.Ordinal),
        };
        _model = ReportModelBuilder.Build(_input);
        _output = Directory.CreateTempSubdirectory("report-bench-").FullName;
        Console.WriteLine($"// {table.Facts.Count} facts, {table.Findings.Count} findings, {table.Skipped.Count} skipped mentions");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark(Baseline = true)]
    public int WriteAll() => ReportWriter.Write(_input, _output).DigestPages;

    [Benchmark]
    public int BuildModel() => ReportModelBuilder.Build(_input).FactCount;

    [Benchmark]
    public int Digest() => DigestWriter.Write(_model).Bytes.Length;

    [Benchmark]
    public int Html()
    {
        using var sink = new MemoryStream();
        HtmlViewWriter.Write(_model, sink);
        return (int)sink.Length;
    }
}
