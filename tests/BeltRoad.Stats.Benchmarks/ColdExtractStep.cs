using System.Diagnostics;
using System.Runtime;
using BeltRoad.Stats.Pipeline;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The extract step once in this new process, as a cron-started run over a published output meets it: every unchanged
/// document decoded from the extraction cache (nothing compiled yet), its text linked from the published set, into a
/// new staging folder beside the output (deleted after). Prints the step's wall and CPU time, the JIT's share and what
/// it allocated, the step's debug lines, and its span on the monotonic clock (for <c>perf report --time</c> on a
/// <c>perf record -k CLOCK_MONOTONIC</c> of it); run it several times, alternating builds, for a figure (issue 12: ≤ 0.7 s at 100 MB).
///   DOTNET_TieredPGO=0 dotnet tests/BeltRoad.Stats.Benchmarks/bin/Release/net10.0/BeltRoad.Stats.Benchmarks.dll extract-cold IN OUT [BUILD]
/// TieredPGO off as in the CLI's runtimeconfig. The output must be one this build published; or give BUILD, the
/// <see cref="RunContext.ProgramBuild"/> of the build that published it, to time this build's decoding of another
/// build's cache (same entry layout only). When no document is cached under that build it refuses (exit 2), rather
/// than extract everything and replace the output's cache.
/// </summary>
internal static class ColdExtractStep
{
    public static int Run(string input, string output, string? programBuild)
    {
        var fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(input, output, Force: true), programBuild);
        if (ExtractStepRun.NothingCached(fingerprinted) is { } refused)
        {
            Console.Error.WriteLine(refused);
            return 2;
        }

        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.cold-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            using var process = Process.GetCurrentProcess();
            var (cpu, jit, allocated, paused, collections) = (process.TotalProcessorTime, JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            var watch = Stopwatch.StartNew();
            var started = Stopwatch.GetTimestamp();
            var facts = ExtractStepRun.Extract(fingerprinted, staging, new DebugLines());
            watch.Stop();
            process.Refresh();
            Console.WriteLine(
                $"extract {watch.ElapsedMilliseconds} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU "
                + $"(JIT {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms), {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated, "
                + $"{GC.CollectionCount(0) - collections} collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms; {facts} facts"
                + $" (monotonic {started / (double)Stopwatch.Frequency:F6}–{Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency:F6} s)");
            return 0;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The step's log lines, debug ones included, on standard output.</summary>
    private sealed class DebugLines : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Console.WriteLine($"  {logLevel}: {formatter(state, exception)}");
    }
}
