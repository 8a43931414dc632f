using System.Globalization;

namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>
/// The large-corpus figures of issue 12, as a Markdown table: for each size a fresh run (wall, MB/s, peak memory,
/// every step's time and the peak memory when it ended, output sizes), then the same corpus plus one new 20 KB document.
///   dotnet build -c Release src/BeltRoad.Stats.Cli
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- corpus 1 10 100
/// or, to measure the deployed build (composite ReadyToRun, README, Scheduled regeneration, "Deploying"), the folder it was published to:
///   dotnet publish -c Release -r linux-x64 src/BeltRoad.Stats.Cli -o /tmp/brs-publish
///   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- corpus --cli /tmp/brs-publish 100
/// Corpora are generated once under /tmp/brs-corpus/ (deterministic, seed <see cref="CorpusGenerator.Seed"/>).
/// </summary>
internal static class CorpusReport
{
    private static readonly string[] StepNames = ["start", "prepare", "fingerprint", "extract", "compare", "store", "report", "history"];

    public static int Run(IReadOnlyList<string> args)
    {
        var root = RepoRoot.Find();
        var published = args is ["--cli", var cliFolder, ..] ? cliFolder : null;
        var cli = Path.Combine(published ?? Path.Combine(root, "src", "BeltRoad.Stats.Cli", "bin", "Release", "net10.0"), "beltroad-stats.dll");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine(published is null
                ? $"Build the CLI first: dotnet build -c Release src/BeltRoad.Stats.Cli ({cli} not found)"
                : $"Publish the CLI first: dotnet publish -c Release -r linux-x64 src/BeltRoad.Stats.Cli -o {published} ({cli} not found)");
            return 2;
        }

        var sizeArgs = published is null ? args : args.Skip(2).ToList();
        var sizes = sizeArgs.Count > 0 ? sizeArgs.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [1, 10];
        Console.WriteLine($"| input | files | run | wall | CPU | MB/s | peak memory | {string.Join(" | ", StepNames)} | facts | facts.json | facts.csv | facts.sqlite | digest.pdf | index.html |");
        Console.WriteLine($"|---|---:|---|---:|---:|---:|---:|{string.Concat(StepNames.Select(_ => "---:|"))}---:|---:|---:|---:|---:|---:|");
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

            // The output and the kept history sets beside it (.<output>.history, see AtomicPublisher).
            foreach (var folder in new[] { output, Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.history") }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }

            var bytes = Directory.GetFiles(corpus).Sum(f => new FileInfo(f).Length);
            var files = Directory.GetFiles(corpus).Length;
            Row($"{megabytes} MB", files, "fresh", bytes, CorpusRun.Start(cli, corpus, output), output);
            CorpusGenerator.AddOne(Path.Combine(root, "seeds"), corpus, 20, seed: megabytes);
            Row($"{megabytes} MB", files + 1, "+1 doc", bytes, CorpusRun.Start(cli, corpus, output), output);
        }

        return 0;
    }

    private static void Row(string input, int files, string kind, long bytes, CorpusRun run, string output)
    {
        var mbps = bytes / 1048576.0 / run.Wall.TotalSeconds;
        var steps = string.Join(" | ", StepNames.Select(s => $"{Seconds(run.StepMs(s) / 1000)} ({run.PeakMbAfter(s):N0} MB)"));
        var status = run.ExitCode == 0 ? "" : $" (exit {run.ExitCode})";
        Console.WriteLine(
            $"| {input} | {files:N0} | {kind}{status} | {Seconds(run.Wall.TotalSeconds)} | {Seconds(run.Cpu.TotalSeconds)} | {mbps:F1} | {run.PeakBytes / 1048576.0:N0} MB | {steps} | {run.Facts:N0} | " +
            $"{Size(output, "facts.json")} | {Size(output, "facts.csv")} | {Size(output, "facts.sqlite")} | {Size(output, "digest.pdf")} | {Size(output, "index.html")} |");
    }

    private static string Seconds(double s) => string.Create(CultureInfo.InvariantCulture, $"{s:F1} s");

    private static string Size(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(path).Length / 1048576.0:F1} MB") : "–";
    }
}
