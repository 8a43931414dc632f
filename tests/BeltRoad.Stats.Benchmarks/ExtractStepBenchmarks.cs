using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Benchmarks.Corpus;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Extracting;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The extract step alone, around the extractor: on a generated corpus (<see cref="CorpusGenerator"/>) published once
/// in the setup (a fresh run, minutes at 100 MB), every document taken from the cache with its text linked from the
/// published set (<see cref="Cached"/>), and the same with one new 20 KB document (<see cref="OneNew"/>). Each iteration
/// writes into a new staging folder; the process's CPU time per iteration is printed beside BenchmarkDotNet's wall
/// time. Issue 12: cached ≤ 0.4 s and one new document ≤ 0.5 s at 100 MB.
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*ExtractStepBenchmarks*' --inProcess --warmupCount 1 --iterationCount 10
/// </summary>
[MemoryDiagnoser]
public class ExtractStepBenchmarks
{
    private string _root = "";
    private string _output = "";
    private string _cacheCopy = "";
    private RunContext _cached = null!;
    private RunContext _oneNew = null!;
    private string _staging = "";
    private TimeSpan _cpuBefore;

    [Params(100)]
    public int CorpusMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(RepoRoot.Find(), "seeds");
        _root = Directory.CreateTempSubdirectory("extract-bench-").FullName;
        var input = Path.Combine(_root, "in");
        _output = Path.Combine(_root, "out");
        CorpusGenerator.Generate(seeds, input, CorpusMegabytes);
        var outcome = new ReportRunner().RunAsync(new RunOptions(input, _output)).GetAwaiter().GetResult();
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"the setup's run failed: {outcome.Status}: {outcome.Message}");
        }

        _cached = Fingerprinted(input);
        CorpusGenerator.AddOne(seeds, input, 20, seed: 1);
        _oneNew = Fingerprinted(input);
        _cacheCopy = Path.Combine(_root, "extractions.copy");
        File.Copy(ExtractionCachePath.For(_output), _cacheCopy);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [IterationSetup]
    public void NewStaging()
    {
        // The new document's entry, stored by the last iteration, is forgotten: every iteration extracts it.
        File.Copy(_cacheCopy, ExtractionCachePath.For(_output), overwrite: true);
        _staging = Path.Combine(_root, "staging");
        Directory.CreateDirectory(_staging);
        _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [IterationCleanup]
    public void DropStaging()
    {
        Console.WriteLine($"// CPU {(Process.GetCurrentProcess().TotalProcessorTime - _cpuBefore).TotalMilliseconds:F0} ms");
        Directory.Delete(_staging, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int Cached() => ExtractStepRun.Extract(_cached, _staging);

    [Benchmark]
    public int OneNew() => ExtractStepRun.Extract(_oneNew, _staging);

    private RunContext Fingerprinted(string input) => ExtractStepRun.Fingerprinted(new RunOptions(input, _output, Force: true));
}
