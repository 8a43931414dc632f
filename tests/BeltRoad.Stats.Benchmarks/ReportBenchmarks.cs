using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The report step on the seeds' fact table (extraction excluded): charts + digest + HTML as the run writes them,
/// and each part alone. The step's share of the 2-second budget for a whole run.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ReportInput _input = null!;
    private ReportModel _model = null!;
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        var catalog = MetricCatalog.Default;
        var table = new FactTableBuilder(new FactExtractor(catalog)).Build(DocumentLoader.LoadFolder(Path.Combine(RepoRoot.Find(), "seeds")));
        _input = new ReportInput(
            table,
            catalog.MetricInfos,
            catalog.GroupInfos,
            new DateOnly(2023, 10, 18),
            "bench");
        _model = ReportModelBuilder.Build(_input);
        _output = Directory.CreateTempSubdirectory("report-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark(Baseline = true)]
    public int WriteAll() => ReportWriter.Write(_input, _output).DigestPages;

    [Benchmark]
    public int BuildModel() => ReportModelBuilder.Build(_input).Facts.Count;

    [Benchmark]
    public int Digest() => DigestWriter.Write(_model).Bytes.Length;

    [Benchmark]
    public int Html() => HtmlViewWriter.Write(_model).Length;
}
