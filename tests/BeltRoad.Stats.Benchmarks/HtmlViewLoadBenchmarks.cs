using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// index.html with a large fact table opened in headless Debian chromium (issue 12: a 100,000-fact table opens in under
/// 2 s). The table is the seeds' facts copied under new document names with their values changed (deterministic), so
/// it reads like a real corpus. One measured operation: navigate the open browser to the page and wait for the load
/// event and the script's first table page and charts. The browser's own navigation timing is printed beside it.
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*HtmlViewLoad*'
/// </summary>
[Config(typeof(InProcessConfig))]
public class HtmlViewLoadBenchmarks
{
    /// <summary>In process (the work is the browser's; a generated build would outlast BenchmarkDotNet's 2-minute limit here).</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1)
            .WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private readonly List<string> _timings = [];
    private string _folder = "";
    private string _url = "";
    private Chromium _browser = null!;

    /// <summary>265: the seeds' own table; 100,000: the issue's target.</summary>
    [Params(265, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("html-load-bench-").FullName;
        var page = Path.Combine(_folder, ReportWriter.HtmlFile);
        Make(Facts, page);
        _url = new Uri(page).AbsoluteUri;
        _browser = Chromium.OpenAsync("about:blank").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine("// chromium navigation timing (ms): " + string.Join("; ", _timings));
        _browser.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "open index.html: load event + first rows and charts")]
    public async Task Open() => _timings.Add(await PageOpening.OpenAsync(_browser, _url));

    /// <summary>
    /// <c>html-make FACTS FILE</c> (and the benchmark's setup): index.html of the seeds' facts copied up to FACTS facts,
    /// for a page of a corpus's size without running the corpus (1 GB of the generator's documents: about 2,000,000 facts).
    /// </summary>
    public static void Make(int facts, string page)
    {
        var catalog = MetricCatalog.Default;
        var seeds = new FactTableBuilder(new FactExtractor(catalog)).Build(DocumentLoader.LoadFolder(Path.Combine(RepoRoot.Find(), "seeds")));
        var table = Copies(seeds, facts);
        var input = new ReportInput(table, catalog.MetricInfos, catalog.GroupInfos, new DateOnly(2023, 10, 18), "bench")
        {
            EntityAliases = EntityCatalog.Default.Entries.ToDictionary(e => e.Name, e => e.Aliases, StringComparer.Ordinal),
        };
        using (var file = File.Create(page))
        {
            HtmlViewWriter.Write(ReportModelBuilder.Build(input), file);
        }

        Console.WriteLine($"// index.html: {table.Facts.Count} facts, {new FileInfo(page).Length / 1e6:0.0} MB");
    }

    /// <summary>The seeds' facts again and again, each copy a new document with values moved by a per-copy factor.</summary>
    private static FactTable Copies(FactTable seeds, int count)
    {
        var documents = new List<DocumentInfo>();
        var facts = new List<Fact>(count);
        for (var copy = 0; facts.Count < count; copy++)
        {
            var factor = 1m + (copy / 1000m);
            foreach (var d in seeds.Documents)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"copy{copy:0000}/{d.Name}");
                documents.Add(d with { Name = name });
                facts.AddRange(seeds.Facts.Where(f => f.Doc == d.Name).Select(f => f with
                {
                    Id = name + "#" + f.Span.Start.ToString(CultureInfo.InvariantCulture),
                    Doc = name,
                    Value = f.Value * factor,
                    ValueHigh = f.ValueHigh * factor,
                }));
            }
        }

        return new FactTable(documents, facts.Take(count).ToList(), [], [], []);
    }
}
