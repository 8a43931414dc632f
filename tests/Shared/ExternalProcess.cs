using System.Diagnostics;

namespace BeltRoad.Stats.Testing;

/// <summary>Runs a command-line tool (qpdf, pdftotext, …) and returns what it printed.</summary>
internal static class ExternalProcess
{
    public static (int ExitCode, string Output, string Error) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // Both streams drain at once, so a tool that fills one pipe never blocks on it.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
