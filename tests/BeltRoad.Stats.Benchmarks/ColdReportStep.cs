using System.Diagnostics;
using System.Runtime;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// The report step over a published output's table, as a cron-started +1 run meets it: the fingerprint, cached extract
/// and compare steps first (untimed), then the report step <c>REPEAT</c> times (default 3) into new staging folders beside
/// the output (deleted after). The first pass is a new process's (nothing of the step compiled yet), the later ones a
/// warm process's. Prints each pass's wall and CPU time, the JIT's share, what it allocated and its collections.
///   DOTNET_TieredPGO=0 dotnet tests/BeltRoad.Stats.Benchmarks/bin/Release/net10.0/BeltRoad.Stats.Benchmarks.dll report-cold IN OUT BUILD [REPEAT]
/// BUILD is run.json's <c>build</c> of the build that published OUT (its extraction cache is keyed by it), so the
/// table is decoded rather than extracted again.
/// </summary>
internal static class ColdReportStep
{
    public static int Run(string input, string output, string programBuild, int repeat)
    {
        var fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(input, output), programBuild);
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
                var (cpu, jit, allocated, paused, collections) = (process.TotalProcessorTime, JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
                var watch = Stopwatch.StartNew();
                new WriteReportsStep().ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                watch.Stop();
                process.Refresh();
                Console.WriteLine(
                    $"report pass {pass}: {watch.ElapsedMilliseconds} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU "
                    + $"(JIT {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms), {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB allocated, "
                    + $"{GC.CollectionCount(0) - collections} collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
            }

            Parts(WriteReportsStep.Input(context), Path.Combine(staging, "parts"));
            return 0;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Each part of the step alone, one after another on this thread: wall time and bytes allocated.</summary>
    private static void Parts(ReportInput input, string folder)
    {
        Directory.CreateDirectory(folder);
        for (var pass = 1; pass <= 2; pass++)
        {
            var views = Part("views", () => ReportModelBuilder.Views(input));
            var rows = Part("rows", () => PageData.FactRows.Write(views.Facts, input.EntityAliases));
            var model = Part("model", () => ReportModelBuilder.Build(input, views));
            Part("html", () =>
            {
                using var sink = new FileStream(Path.Combine(folder, "index.html"), FileMode.Create);
                HtmlViewWriter.Write(model, rows, sink);
                return 0;
            });
            Part("digest", () => DigestWriter.Write(model).Pages);
            Part("charts", () => model.Charts.Sum(c => SvgChartRenderer.Render(c.Layout()).Length));
        }
    }

    private static T Part<T>(string name, Func<T> part)
    {
        var (allocated, collections) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0));
        var watch = Stopwatch.StartNew();
        var result = part();
        Console.WriteLine($"  {name}: {watch.ElapsedMilliseconds} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) >> 20} MB allocated, {GC.CollectionCount(0) - collections} collections");
        return result;
    }
}
