using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>One <c>beltroad-stats schedule</c> process of a cluster, its console kept line by line.</summary>
internal sealed class SchedulerNode : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private SchedulerNode(Process process)
    {
        _process = process;
        // Both pipes drained all the time, so a chatty node never blocks on a full pipe.
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The node id the run log records: host and pid.</summary>
    public string Id => $"{Environment.MachineName}-{_process.Id.ToString(CultureInfo.InvariantCulture)}";

    public string Log => string.Join('\n', _lines);

    /// <param name="cron">The schedule (every second unless told).</param>
    /// <param name="runNow">Adds a one-shot firing now (<c>--run-now</c>), which any node of the cluster may take.</param>
    public static async Task<SchedulerNode> StartAsync(Workspace work, string store, IReadOnlyDictionary<string, string>? environment = null, string cron = "* * * * * ?", bool runNow = false)
    {
        string[] args = ["schedule", "--cron", cron, "--time-zone", "UTC", "--input", "input", "--output", "reports", "--store", store];
        var node = new SchedulerNode(CliProcess.Start(work.Root, environment ?? new Dictionary<string, string>(), runNow ? [.. args, "--run-now"] : args));
        await Wait.Until(() => node.Log.Contains("Scheduler started", StringComparison.Ordinal) || node._process.HasExited, TimeSpan.FromSeconds(60), "the node to start");
        Assert.False(node._process.HasExited, node.Log);
        return node;
    }

    /// <summary>SIGTERM, as systemd stops a service, and waits for the node to exit.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>kill -9: no chance to clean up or record anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
