using System.Diagnostics;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>The real beltroad-stats process (<see cref="RepoPaths.Cli"/>).</summary>
internal static class CliProcess
{
    public static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <param name="environment">Extra environment variables for the child, e.g. the publisher's test pause point.</param>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(workingDirectory, environment, interruptible: false, args);

    /// <summary>
    /// The same, with SIGINT's default action restored for the child (coreutils <c>env --default-signal</c>), so Ctrl+C
    /// reaches it however the tests were started: a background job of a non-interactive shell (<c>.ci/run &amp;</c>,
    /// <c>nohup</c> scripts) starts with SIGINT ignored, every process below it inherits that, and .NET keeps an
    /// inherited ignore, as a program started with <c>nohup … &amp;</c> should. Measured: with SIGINT ignored the Ctrl+C
    /// test timed out in every such run; the program is right, the test's child could not be interrupted.
    /// </summary>
    public static Process StartInterruptible(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(workingDirectory, environment, interruptible: true, args);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, bool interruptible, string[] args)
    {
        var (cli, cliLeading) = RepoPaths.Cli;
        var (fileName, leading) = interruptible ? ("env", ["--default-signal=INT", cli, .. cliLeading]) : (cli, cliLeading);
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in leading.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
    }

    public static async Task<(int ExitCode, string Output, string Error)> Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
