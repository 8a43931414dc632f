using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BeltRoad.Stats.Benchmarks.Corpus;

/// <summary>One <c>beltroad-stats run</c> in its own process under GNU time: wall and CPU time, peak memory (max RSS) and run.json's step timings.</summary>
internal sealed record CorpusRun(TimeSpan Wall, TimeSpan Cpu, long PeakBytes, IReadOnlyList<(string Step, double Ms, double PeakMb)> Steps, int Facts, int ExitCode)
{
    public static CorpusRun Start(CliCommand cli, string input, string output, params string[] extra)
    {
        var info = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %U %S %M", .. cli.With(["run", "--input", input, "--output", output, .. extra])])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start /usr/bin/time (apt-get install time)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        // GNU time writes its line last: elapsed, user and system seconds, and max resident set size in KB.
        var last = stderr.TrimEnd().Split('\n')[^1].Split(' ');
        var (steps, facts) = ReadRunJson(Path.Combine(output, "run.json"));
        return new CorpusRun(
            TimeSpan.FromSeconds(double.Parse(last[0], CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(last[1], CultureInfo.InvariantCulture) + double.Parse(last[2], CultureInfo.InvariantCulture)),
            long.Parse(last[3], CultureInfo.InvariantCulture) * 1024,
            steps,
            facts,
            process.ExitCode);
    }

    public double StepMs(string step) => Steps.Where(s => s.Step == step).Sum(s => s.Ms);

    public double PeakMbAfter(string step) => Steps.Where(s => s.Step == step).Select(s => s.PeakMb).DefaultIfEmpty().Max();

    public static (IReadOnlyList<(string, double, double)>, int) ReadRunJson(string path)
    {
        if (!File.Exists(path))
        {
            return ([], 0);
        }

        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var steps = json.RootElement.GetProperty("timings").EnumerateArray()
            .Select(t => (t.GetProperty("step").GetString()!, t.GetProperty("ms").GetDouble(), t.TryGetProperty("peak_mb", out var peak) ? peak.GetDouble() : 0))
            .ToList();
        return (steps, json.RootElement.GetProperty("counts").GetProperty("facts").GetInt32());
    }
}
