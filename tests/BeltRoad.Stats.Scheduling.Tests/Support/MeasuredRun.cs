using System.Diagnostics;
using System.Globalization;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>
/// The real process run to its end, with its wall time and peak resident memory: the kernel's high-water mark
/// (<c>VmHWM</c> in /proc), read until the process exits, so what it reaches between two reads is still counted.
/// </summary>
internal sealed record MeasuredRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, long PeakBytes)
{
    public static async Task<MeasuredRun> Of(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        using var process = CliProcess.Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var peak = 0L;
        using var stop = new CancellationTokenSource(timeout);
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            try
            {
                await Task.Delay(20, stop.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"beltroad-stats {string.Join(' ', args)} did not end within {timeout.TotalSeconds} s");
            }
        }

        await process.WaitForExitAsync(CancellationToken.None);
        return new(process.ExitCode, await output, await error, watch.Elapsed, peak);
    }

    public string Figures => string.Create(CultureInfo.InvariantCulture, $"{Elapsed.TotalSeconds:0.0} s, peak {PeakBytes / 1048576.0:0} MB");

    // VmHWM of a process that still runs; 0 once it is gone.
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
