using System.Globalization;
using BeltRoad.Stats.Pipeline.Configuration;
using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>
/// The large-corpus figures of issue 12, as a Markdown table: for each size a fresh run (wall, MB/s, peak memory,
/// every step's time and the peak memory when it ended, output sizes), then the same corpus plus one new 20 KB document,
/// and once more after as many unmeasured +1 runs as the history keeps (the steady state of a scheduled desk: spares).
/// Each measured run starts after a <c>sync</c> and a few quiet seconds (<see cref="Settle"/>). Its "pace" column is how
/// long this machine took, seconds before the run, for a fixed single-core task (<see cref="Pace"/>): this VM's speed moves
/// by half from one hour to the next, so a row is compared with others of about its pace, not read alone.
///   dotnet build -c Release src/BeltRoad.Stats.Cli
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- corpus 1 10 100
/// or, to measure the deployed build (native, docs/scheduling.md, "Deploying"), the folder it was published to:
///   dotnet publish -c Release -r linux-x64 src/BeltRoad.Stats.Cli -o /tmp/brs-publish
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- corpus --cli /tmp/brs-publish 100
/// with <c>--fresh K</c>, K fresh runs of each size (each into a folder of its own), whose medians feed the linearity
/// table printed last (every step 10 → 100 MB at most 11×: <see cref="Linearity"/>);
/// and with <c>--scheduled K</c>, K more +1-document runs made by one long-lived <c>schedule</c> process (warm; <see cref="ScheduledCorpusRuns"/>).
/// The previous output is moved aside and deleted after the runs: on a file system without a journal (this VM's ext4)
/// creating a file scans past every inode deleted in the last minutes, so deleting ~4,000 files just before a fresh
/// run would add seconds to it that no user's fresh run pays.
/// Corpora are generated once under /tmp/brs-corpus/ (deterministic, seed <see cref="CorpusGenerator.Seed"/>).
/// </summary>
internal static class CorpusReport
{
    /// <summary>The new documents' seeds for the runs that fill the history (the first +1 uses the size, the scheduler 999 on).</summary>
    private const int SteadySeeds = 2000;

    /// <summary>Below this a step's time is start-up or bookkeeping rather than work on the input (see <see cref="Linearity"/>).</summary>
    private const int FixedCostMs = 50;

    /// <summary>What the machine is given between two measured runs: its dirty pages written out, then a few quiet seconds.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    private static readonly string[] StepNames = ["start", "prepare", "fingerprint", "extract", "compare", "store", "report", "history"];

    /// <summary>The steps that run at once as one stage (run.json's <c>group</c> "store+report"), sharing the two cores.</summary>
    private static readonly string[] StageSteps = ["store", "report"];

    public static int Run(IReadOnlyList<string> args)
    {
        var root = RepoRoot.Find();
        var published = Option(args, "--cli");
        var scheduled = Option(args, "--scheduled") is { } k ? int.Parse(k, CultureInfo.InvariantCulture) : 0;
        var freshRuns = Option(args, "--fresh") is { } f ? int.Parse(f, CultureInfo.InvariantCulture) : 1;
        var folder = published ?? Path.Combine(root, "src", "BeltRoad.Stats.Cli", "bin", "Release", "net10.0");
        if (CliCommand.In(folder) is not { } cli)
        {
            Console.Error.WriteLine(published is null
                ? $"Build the CLI first: dotnet build -c Release src/BeltRoad.Stats.Cli (no beltroad-stats.dll in {folder})"
                : $"Publish the CLI first: dotnet publish -c Release -r linux-x64 src/BeltRoad.Stats.Cli -o {published} (no beltroad-stats in {published})");
            return 2;
        }

        var sizeArgs = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        var sizes = sizeArgs.Count > 0 ? sizeArgs.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [1, 10];
        Console.WriteLine($"| input | files | run | pace | wall | CPU | MB/s | peak memory | {string.Join(" | ", StepNames)} | facts | facts.json | facts.csv | facts.sqlite | digest.pdf | index.html |");
        Console.WriteLine($"|---|---:|---|---:|---:|---:|---:|---:|{string.Concat(StepNames.Select(_ => "---:|"))}---:|---:|---:|---:|---:|---:|");
        var fresh = new List<(int Megabytes, IReadOnlyList<CorpusRun> Runs)>();
        foreach (var megabytes in sizes)
        {
            var corpus = Path.Combine(Path.GetTempPath(), "brs-corpus", $"{megabytes}mb");
            var output = Path.Combine(Path.GetTempPath(), "brs-corpus", $"{megabytes}mb-out");
            if (!Directory.Exists(corpus))
            {
                CorpusGenerator.Generate(Path.Combine(root, "seeds"), corpus, megabytes);
            }

            foreach (var extra in Directory.GetFiles(corpus, "new_*"))
            {
                File.Delete(extra);
            }

            // The output, the kept history sets and the spare exports beside it (.<output>.history, .<output>.spare, named
            // by the publisher's own paths), moved aside: spares left by the last benchmark would make this one's first +1 a steady one.
            var paths = PublishPaths.For(output);
            var aside = new[] { output, HistoryArchive.Folder(paths), paths.Spares }
                .Where(Directory.Exists).Select(f => MoveAside(f)).ToList();

            var bytes = Directory.GetFiles(corpus).Sum(f => new FileInfo(f).Length);
            var files = Directory.GetFiles(corpus).Length;
            // --fresh K: K fresh runs, each into a folder of its own (the others beside the output, removed with it at the
            // end), so the linearity table below compares medians rather than single runs.
            var freshOfSize = new List<CorpusRun>();
            for (var r = freshRuns - 1; r >= 0; r--)
            {
                var into = r == 0 ? output : string.Create(CultureInfo.InvariantCulture, $"{output}-fresh{r}");
                var pace = Settle();
                freshOfSize.Add(CorpusRun.Start(cli, corpus, into));
                Row($"{megabytes} MB", files, "fresh", pace, bytes, freshOfSize[^1], into);
                if (r > 0)
                {
                    var extraPaths = PublishPaths.For(into);
                    aside.AddRange(new[] { into, HistoryArchive.Folder(extraPaths), extraPaths.Spares }.Where(Directory.Exists));
                }
            }

            fresh.Add((megabytes, freshOfSize));
            CorpusGenerator.AddOne(Path.Combine(root, "seeds"), corpus, 20, seed: megabytes);
            var plusOnePace = Settle();
            Row($"{megabytes} MB", files + 1, "+1 doc", plusOnePace, bytes, CorpusRun.Start(cli, corpus, output), output);

            // The same once the output has a full history: from then on each run's expired set leaves its exports as
            // spares, which the store step writes over (a tenth of the kernel's cost of new files). A desk's daily run
            // is this case from its eleventh day; the row above is the first +1 after a fresh run, which has none.
            var keep = RunSettings.Default.HistoryToKeep;
            for (var i = 0; i < keep; i++)
            {
                CorpusGenerator.AddOne(Path.Combine(root, "seeds"), corpus, 20, seed: SteadySeeds + i);
                if (CorpusRun.Start(cli, corpus, output).ExitCode is not 0 and var exit)
                {
                    // Not a row of the table, but the next row's history would not be what it says: said, not hidden.
                    Console.Error.WriteLine($"{megabytes} MB: the history-filling run {i + 1} of {keep} exited {exit}.");
                }
            }

            CorpusGenerator.AddOne(Path.Combine(root, "seeds"), corpus, 20, seed: SteadySeeds + keep);
            var steadyPace = Settle();
            Row($"{megabytes} MB", files + 2 + keep, "+1 doc, history full", steadyPace, bytes, CorpusRun.Start(cli, corpus, output), output);
            if (scheduled > 0)
            {
                // The scheduler's first run (another new document, so it does the whole work once: compiles, fills memory) is not measured.
                CorpusGenerator.AddOne(Path.Combine(root, "seeds"), corpus, 20, seed: 999);
                var runs = ScheduledCorpusRuns.Measure(cli, Path.Combine(root, "seeds"), corpus, output, scheduled);
                for (var i = 0; i < runs.Count; i++)
                {
                    Row($"{megabytes} MB", files + keep + 4 + i, "+1 doc, scheduler (warm)", null, bytes, runs[i], output);
                }
            }

            aside.ForEach(f => Directory.Delete(f, recursive: true));
        }

        Linearity(fresh);
        return 0;
    }

    /// <summary>
    /// The issue's linearity check, from the fresh rows above (the median of each size's fresh runs, <c>--fresh K</c>):
    /// each step's time at one size against the next size, with the bound that linear work allows (the size ratio plus
    /// 10 %: 10 → 100 MB may cost at most 11×). Steps of one stage run at once and share the two cores (store and report:
    /// the store step's lowered writers yield to the run store's chain and the report), so a step's own time there says
    /// how the cores were shared as much as what it costs; the stage is listed too, and each writer's own growth is
    /// measured alone by <c>StoreBenchmarks</c> and <c>ReportBenchmarks</c>. A step under <see cref="FixedCostMs"/> at the
    /// larger size is start-up or bookkeeping, not work on the input, and is named so.
    /// </summary>
    private static void Linearity(IReadOnlyList<(int Megabytes, IReadOnlyList<CorpusRun> Runs)> fresh)
    {
        for (var i = 1; i < fresh.Count; i++)
        {
            var (small, large) = (fresh[i - 1], fresh[i]);
            var bound = 1.1 * large.Megabytes / small.Megabytes;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| step (fresh, median of {small.Runs.Count} / {large.Runs.Count}) | {small.Megabytes} MB | {large.Megabytes} MB | cost ratio | linear bound ({bound:0.#}×) |"));
            Console.WriteLine("|---|---:|---:|---:|---|");
            foreach (var (name, measure) in Measures)
            {
                var (a, b) = (Median(small.Runs.Select(measure)), Median(large.Runs.Select(measure)));
                var verdict = (b < FixedCostMs ? $"fixed cost (< {FixedCostMs} ms)" : b <= bound * a ? "within" : "OVER") +
                    (StageSteps.Contains(name) ? " (its own time in a shared stage: see the stage's row)" : "");
                var ratio = a > 0 ? string.Create(CultureInfo.InvariantCulture, $"{b / a:0.0}×") : "–";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {a:0} ms | {b:0} ms | {ratio} | {verdict} |"));
            }
        }
    }

    /// <summary>What the linearity table compares: every step, the store and report stage (its two steps start together), the whole run and its CPU.</summary>
    private static IEnumerable<(string Name, Func<CorpusRun, double> Ms)> Measures =>
    [
        .. StepNames.Select(s => (s, (Func<CorpusRun, double>)(r => r.StepMs(s)))),
        ($"{string.Join(" + ", StageSteps)} (one stage)", r => StageSteps.Max(r.StepMs)),
        ("wall", r => r.Wall.TotalMilliseconds),
        ("CPU", r => r.Cpu.TotalMilliseconds),
    ];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Row(string input, int files, string kind, TimeSpan? pace, long bytes, CorpusRun run, string output)
    {
        var mbps = bytes / 1048576.0 / run.Wall.TotalSeconds;
        var steps = string.Join(" | ", StepNames.Select(s => $"{Seconds(run.StepMs(s) / 1000)} ({run.PeakMbAfter(s):N0} MB)"));
        var status = run.ExitCode == 0 ? "" : $" (exit {run.ExitCode})";
        Console.WriteLine(
            $"| {input} | {files:N0} | {kind}{status} | {(pace is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.TotalSeconds:F2} s") : "–")} | {Seconds(run.Wall.TotalSeconds)} | {Seconds(run.Cpu.TotalSeconds)} | {mbps:F1} | {run.PeakBytes / 1048576.0:N0} MB | {steps} | {run.Facts:N0} | " +
            $"{Size(output, "facts.json")} | {Size(output, "facts.csv")} | {Size(output, "facts.sqlite")} | {Size(output, "digest.pdf")} | {Size(output, "index.html")} |");
    }

    private static string? Option(IReadOnlyList<string> args, string name) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Count).Select(p => args[p.i + 1]).FirstOrDefault();

    private static string MoveAside(string folder)
    {
        var aside = $"{folder}.old-{Environment.TickCount64}";
        Directory.Move(folder, aside);
        return aside;
    }

    private static string Seconds(double s) => string.Create(CultureInfo.InvariantCulture, $"{s:F1} s");

    private static string Size(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(path).Length / 1048576.0:F1} MB") : "–";
    }

    /// <summary>
    /// Lets the previous run's writes reach the disk before the next run is timed, as the alternating rounds of docs/measurements.md do
    /// (<c>sync; sleep 3</c>): a fresh 100 MB run leaves ≈ 1 GB of dirty pages (outputs, texts, cache, run store), which
    /// the kernel writes back from ≈ 30 s after they were dirtied, so a +1 run started at once may share its cores with
    /// that writeback. A scheduled run finds it long done. Between the two, the machine's <see cref="Pace"/> is taken
    /// and returned (a few seconds before the run, after the writeback).
    /// </summary>
    private static TimeSpan Settle()
    {
        if (OperatingSystem.IsLinux())
        {
            using var sync = System.Diagnostics.Process.Start("sync");
            sync?.WaitForExit();
        }

        var pace = Pace();
        Thread.Sleep(Quiet);
        return pace;
    }

    /// <summary>
    /// The time of a fixed task on one core: a xorshift sequence of 2^26 steps over a 16 MB table (arithmetic and cache
    /// misses, like the program's own work; ≈ 0.5 s). The same task, so a slower time is a slower machine; compiled
    /// optimized at once, so a process's first call is timed as its later ones.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static TimeSpan Pace()
    {
        var table = new ulong[1 << 21];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var x = 88172645463325252UL;
        for (var i = 0; i < 1 << 26; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            table[x & ((1 << 21) - 1)] += x;
        }

        GC.KeepAlive(table);
        return watch.Elapsed;
    }
}
