using System.Diagnostics;
using System.Runtime;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Reporting.Charts;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The report step over a published output's table, as a cron-started +1 run meets it: the fingerprint, cached extract
/// and compare steps first (untimed), then the report step <c>REPEAT</c> times (default 3) into new staging folders beside
/// the output (deleted after). The first pass is a new process's (nothing of the step compiled yet), the later ones a
/// warm process's. Prints each pass's wall and CPU time, the JIT's share, what it allocated and its collections.
///   DOTNET_TieredPGO=0 dotnet tests/BeltRoad.Stats.Benchmarks/bin/Release/net10.0/BeltRoad.Stats.Benchmarks.dll report-cold IN OUT BUILD [REPEAT]
/// BUILD is run.json's <c>build</c> of the build that published OUT (its extraction cache is keyed by it), so the
/// table is decoded rather than extracted again; a BUILD under which no document is cached is refused (exit 2), as
/// extracting would replace the output's cache.
/// </summary>
internal static class ColdReportStep
{
    public static int Run(string input, string output, string programBuild, int repeat)
    {
        var fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(input, output), programBuild);
        if (ExtractStepRun.NothingCached(fingerprinted) is { } refused)
        {
            Console.Error.WriteLine(refused);
            return 2;
        }

        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.report-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            var context = ExtractStepRun.Extracted(fingerprinted, Path.Combine(staging, "extract"));
            new CompareWithPreviousStep().ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            Console.WriteLine($"{context.Table.Facts.Count} facts, {context.Changes?.Items.Count ?? 0} changes");
            using var process = Process.GetCurrentProcess();
            for (var pass = 1; pass <= repeat; pass++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(staging, "report-" + pass)).FullName;
                context.StagingDirectory = folder;
                process.Refresh();
                var (cpu, jit, allocated, paused) = (process.TotalProcessorTime, JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
                var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
                var watch = Stopwatch.StartNew();
                // The step over the facts as the store step hands them to it (read once: handed anew each pass); no store
                // step runs, so none ends for the report's page and digest to wait for.
                context.StoreEnded.TrySetResult();
                WriteReportsStep.Write(context, RunReportFacts.Of(context.Account, context.Table.Facts));
                watch.Stop();
                process.Refresh();
                Console.WriteLine(
                    $"report pass {pass}: {watch.ElapsedMilliseconds} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU "
                    + $"(JIT {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms), {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated, "
                    + $"collections (gen 0/1/2) {string.Join("/", collections.Select((c, g) => GC.CollectionCount(g) - c))} pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
            }

            Parts(WriteReportsStep.Input(context), Path.Combine(staging, "parts"));
            return 0;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Each part of the step alone, one after another on this thread, five times: the least wall time and the bytes allocated.</summary>
    private static void Parts(ReportInput input, string folder)
    {
        Directory.CreateDirectory(folder);
        var times = new Dictionary<string, (long Ms, long Mb)>(StringComparer.Ordinal);
        for (var pass = 1; pass <= 5; pass++)
        {
            var views = Part(times, "views", () => ReportModelBuilder.Views(input));
            var rows = Part(times, "rows", () => PageData.FactRows.Write(ReportModelBuilder.Facts(input, views.Documents), input.EntityAliases));
            Part(times, "sections", () => EntitySections.Tally(ReportModelBuilder.Facts(input, views.Documents)).Entities.Count);
            var model = Part(times, "model", () => ReportModelBuilder.Build(input, views));
            Part(times, "html", () =>
            {
                using var sink = new FileStream(Path.Combine(folder, "index.html"), FileMode.Create);
                HtmlViewWriter.Write(model, rows, sink);
                return 0;
            });
            Part(times, "digest", () => DigestWriter.Write(model).Pages);
            Part(times, "charts", () => model.Charts.Sum(c => ChartImages.Svg(c.Spec).Length + ChartImages.Png(c.Spec).Length));
        }

        Console.WriteLine("parts (least of 5 passes, this thread's allocations): " + string.Join(", ", times.Select(t => $"{t.Key} {t.Value.Ms} ms {t.Value.Mb} MB")));
    }

    private static T Part<T>(Dictionary<string, (long Ms, long Mb)> times, string name, Func<T> part)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = part();
        var (ms, mb) = (watch.ElapsedMilliseconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) >> 20);
        times[name] = times.TryGetValue(name, out var least) && least.Ms <= ms ? least : (ms, mb);
        return result;
    }
}
