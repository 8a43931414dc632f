using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>
/// +1-document runs the way the scheduler makes them: one <c>beltroad-stats schedule</c> process firing every
/// <see cref="Every"/> seconds over the corpus, a new 20 KB document added after each run, so every run after the
/// first is a warm process's (compiled code, last run's entries decoded in memory). Per run: the job's own duration
/// ("succeeded in"), the process's CPU between the two runs' ends (/proc), its peak memory so far, run.json's steps.
/// </summary>
internal static class ScheduledCorpusRuns
{
    private const int Every = 10;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<CorpusRun> Measure(CliCommand cli, string seeds, string corpus, string output, int runs)
    {
        var info = new ProcessStartInfo(cli.FileName, [.. cli.Leading, "schedule", "--cron", $"0/{Every} * * * * ?", "--run-now", "--input", corpus, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the scheduler");
        var ended = new BlockingCollection<string>();
        process.OutputDataReceived += (_, e) => Keep(e.Data, ended);
        process.ErrorDataReceived += (_, e) => Keep(e.Data, ended);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // The first run (from the CLI's cache, or fresh) compiles the code and fills the memory; not measured.
            Next(ended, process);
            var measured = new List<CorpusRun>();
            for (var i = 0; i < runs; i++)
            {
                var cpu = Cpu(process.Id);
                CorpusGenerator.AddOne(seeds, corpus, 20, seed: 1000 + i);
                var wall = Next(ended, process);
                var (steps, facts) = CorpusRun.ReadRunJson(Path.Combine(output, "run.json"));
                measured.Add(new CorpusRun(wall, Cpu(process.Id) - cpu, PeakBytes(process.Id), steps, facts, 0));
            }

            return measured;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    // The job's own line: "Run <id> succeeded in 3.5 s: …" (or failed/cancelled, which ends the measurement).
    private static void Keep(string? line, BlockingCollection<string> ended)
    {
        if (line is not null && line.Contains("RegenerateReportsJob", StringComparison.Ordinal) && line.Contains(" in ", StringComparison.Ordinal)
            && (line.Contains("succeeded", StringComparison.Ordinal) || line.Contains("failed", StringComparison.Ordinal)))
        {
            ended.Add(line);
        }
    }

    private static TimeSpan Next(BlockingCollection<string> ended, Process process)
    {
        if (!ended.TryTake(out var line, RunLimit))
        {
            throw new TimeoutException($"the scheduler (pid {process.Id}) finished no run within {RunLimit.TotalMinutes} minutes");
        }

        var at = line.IndexOf(" succeeded in ", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"a scheduled run failed: {line}");
        }

        var seconds = line[(at + " succeeded in ".Length)..].Split(' ')[0];
        return TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
    }

    // utime + stime of the process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s).
    private static TimeSpan Cpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static long PeakBytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024).FirstOrDefault();
}
