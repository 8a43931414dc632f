using System.Globalization;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Steps;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// Where the store and report stage's memory goes (issue 54's cost model): in one process, the cached extract step over a
/// published output's table (as <see cref="ColdReportStep"/> does), then the store step alone and each of its exports
/// alone, the report step alone and each part of the report alone, one after another. Before each an aggressive full
/// collection (which gives back to the system what the runtime lets go of) and the kernel's high-water mark of resident
/// memory reset (<c>/proc/self/clear_refs</c>, Linux), so each line is that one piece's own peak above what the process
/// held when it began (the table, caches and what earlier pieces left committed). A run does store and report at once,
/// so its peak is about the table plus both steps' peaks.
///   dotnet tests/BeltRoad.Stats.Benchmarks/bin/Release/net10.0/BeltRoad.Stats.Benchmarks.dll step-memory IN OUT BUILD
/// BUILD is the published run.json's <c>build</c>, as for <c>report-cold</c>. Writes into a staging folder beside OUT
/// (deleted after); OUT itself is only read.
/// </summary>
internal static class StepMemory
{
    public static int Run(string input, string output, string programBuild)
    {
        if (!File.Exists("/proc/self/clear_refs"))
        {
            Console.Error.WriteLine("step-memory reads and resets the kernel's resident high-water mark: Linux only.");
            return 2;
        }

        var fingerprinted = ExtractStepRun.Fingerprinted(new RunOptions(input, output, Force: true), programBuild);
        if (ExtractStepRun.NothingCached(fingerprinted) is { } refused)
        {
            Console.Error.WriteLine(refused);
            return 2;
        }

        var staging = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, $".{Path.GetFileName(output)}.memory-{Environment.ProcessId}");
        try
        {
            var context = Measure("extract (cached: decode the table)", () => ExtractStepRun.Extracted(fingerprinted, Path.Combine(staging, "extract")));
            Console.WriteLine($"{context.Table.Facts.Count:N0} facts, {context.Table.Documents.Count:N0} documents; held after it: {Resident()} MB resident, {GC.GetTotalMemory(true) >> 20} MB managed");
            var table = context.Table;
            Measure("store step alone (json, csv, parquet, sqlite)", () => Step(new WriteFactTableStep(), context));
            context.Table = table; // the step lets the run's table go; the pieces below are measured from it
            var dir = context.StagingDirectory;
            var runs = RunHistory.WithCurrent(context);
            var database = Path.Combine(dir, OutputFiles.FactsSqlite);
            Measure("  store: facts.sqlite", () =>
            {
                File.Delete(database);
                FactStore.Write(database, context.Table, runs);
                return 0;
            });
            Measure("  store: facts.sqlite read back (every exported fact decoded, nothing written)", () => FactExport.FromStore(database).Facts.Count());
            // Each export from the store (read back, as main wrote them before) and from the table (as the run writes them).
            foreach (var (source, exported) in new (string, Func<FactExport>)[] { ("facts.sqlite", () => FactExport.FromStore(database)), ("the table", () => FactExport.Of(context.Table)) })
            {
                Measure($"  store: facts.json (from {source})", () =>
                {
                    FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), exported(), ProgramInfo.Generator, null);
                    return 0;
                });
                Measure($"  store: facts.csv (from {source})", () =>
                {
                    FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), exported(), null);
                    return 0;
                });
                Measure($"  store: facts.parquet (from {source})", () =>
                {
                    FactsParquetWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsParquet), exported());
                    return 0;
                });
            }

            Measure("  store: run.json's account (into a file)", () => RunReportWriter.WriteBodyFile(context, Path.Combine(dir, RunReportWriter.BodyFile)));
            foreach (var file in Directory.GetFiles(dir, "facts.*"))
            {
                File.Delete(file);
            }

            // The report step over the facts as the store step hands them to it (its own handing-over above was never read).
            Measure("report step alone", () =>
            {
                context.StoreEnded.TrySetResult(); // no store step ends here for the page and digest to wait for
                WriteReportsStep.Write(context, RunReportFacts.Of(context.Account, context.Table.Facts));
                return 0;
            });
            var parts = Directory.CreateDirectory(Path.Combine(staging, "parts")).FullName;
            // Its parts, from the table's facts in memory.
            var reportInput = WriteReportsStep.Input(context);
            var views = Measure("  report: views", () => ReportModelBuilder.Views(reportInput));
            var rows = Measure("  report: the page's fact rows", () => PageData.FactRows.Write(ReportModelBuilder.Facts(reportInput, views.Documents), reportInput.EntityAliases));
            var model = Measure("  report: model (series, charts, sections)", () => ReportModelBuilder.Build(reportInput, views));
            Measure("  report: index.html", () =>
            {
                using var sink = new FileStream(Path.Combine(parts, "index.html"), FileMode.Create);
                HtmlViewWriter.Write(model, rows, sink);
                return 0;
            });
            Measure("  report: digest.pdf", () => DigestWriter.Write(model).Pages);
            GC.KeepAlive(rows);
            return 0;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static int Step(IRunStep step, RunContext context)
    {
        step.ExecuteAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static T Measure<T>(string piece, Func<T> run)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        File.WriteAllText("/proc/self/clear_refs", "5");
        var before = Resident();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var result = run();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{piece}: {watch.Elapsed.TotalSeconds:F1} s ({(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F1} s CPU), peak {Status("VmHWM")} MB resident, +{Status("VmHWM") - before} MB above the {before} MB it began with"));
        return result;
    }

    private static long Resident() => Status("VmRSS");

    // A line of /proc/self/status in MB ("VmHWM:   123456 kB").
    private static long Status(string key) =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) >> 10;
}
