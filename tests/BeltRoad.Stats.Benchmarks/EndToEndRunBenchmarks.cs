using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The whole job as a user runs it: a new process, from start to the digest published, on the seeds.
/// Target (issue 5): under 2 seconds on the 2-core reference machine.
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*EndToEnd*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EndToEndRunBenchmarks
{
    private string _cli = "";
    private string _seeds = "";
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot.Find();
        _seeds = Path.Combine(root, "seeds");
        _cli = Path.Combine(root, "src", "BeltRoad.Stats.Cli", "bin", "Release", "net10.0", "beltroad-stats.dll");
        if (!File.Exists(_cli))
        {
            throw new InvalidOperationException($"Build the CLI first: dotnet build -c Release src/BeltRoad.Stats.Cli ({_cli} not found)");
        }

        _output = Path.Combine(Path.GetTempPath(), "brs-bench-" + Environment.ProcessId);
    }

    [Benchmark(Description = "beltroad-stats run (seeds → digest published)")]
    public int RunProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [_cli, "run", "--input", _seeds, "--output", _output, "--force"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException("run failed: " + process.StandardError.ReadToEnd());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
