using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Benchmarks.Corpus;
using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The extract step on a fresh corpus (<see cref="CorpusGenerator"/>): nothing published, no extraction cache, every
/// document loaded, extracted, its text written and its cache entry encoded, on both cores. Each iteration writes into a
/// new output and staging folder; the process's CPU time per iteration is printed beside BenchmarkDotNet's wall time
/// (the figure to compare on a shared machine). Issue 12: the extractor's share of a fresh run.
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*FreshExtractStepBenchmarks*' --inProcess --warmupCount 1 --iterationCount 5
/// </summary>
[MemoryDiagnoser]
public class FreshExtractStepBenchmarks
{
    private string _root = "";
    private string _input = "";
    private string _output = "";
    private string _staging = "";
    private int _iteration;
    private RunContext _fingerprinted = null!;
    private TimeSpan _cpuBefore;

    [Params(10)]
    public int CorpusMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("fresh-extract-bench-").FullName;
        _input = Path.Combine(_root, "in");
        CorpusGenerator.Generate(Path.Combine(RepoRoot.Find(), "seeds"), _input, CorpusMegabytes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [IterationSetup]
    public void NewFolders()
    {
        // New names each time: creating files right after deleting many pays for the deleted inodes (see docs/measurements.md).
        _iteration++;
        _output = Path.Combine(_root, $"out-{_iteration}");
        _staging = Path.Combine(_root, $"staging-{_iteration}");
        Directory.CreateDirectory(_staging);
        // The fingerprint step as a run does it before extracting (the listing, every input's hash): not counted.
        _fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(_input, _output, Force: true));
        _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [IterationCleanup]
    public void ReportCpu() =>
        Console.WriteLine($"// CPU {(Process.GetCurrentProcess().TotalProcessorTime - _cpuBefore).TotalMilliseconds:F0} ms");

    [Benchmark]
    public int Fresh() => ExtractStepRun.Extract(_fingerprinted, _staging);
}
