using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Runs poppler's command-line tools with the PDF on standard input (so the bytes read are the bytes
/// fingerprinted). <paramref name="directory"/> is where the tools are; null means the PATH. What a tool prints is
/// read as it comes, and the tool is killed when its reader stops it or the time budget ends, so neither a text bomb
/// nor a file that takes the tool forever holds more than a bounded part of the run.
/// </summary>
internal sealed class PopplerTools(string? directory)
{
    public const string Package = "poppler-utils";

    // Without a budget from the caller (a reader used on its own), still no tool runs for ever.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // Output kept when no sink takes it (pdfinfo's: a few lines, unless a title is a bomb), and error text kept.
    private const int MaxKept = 1 << 20;

    public static PopplerTools Installed { get; } = new(null);

    /// <param name="output">Takes the output as it comes (and may stop the tool by throwing); null keeps its first megabyte in the result.</param>
    /// <exception cref="DecodeFailure">The tool is not installed or did not finish in time.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> ended (the tool was killed).</exception>
    public ToolResult Run(string tool, IReadOnlyList<string> arguments, byte[] input, CancellationToken cancellation, Action<ReadOnlySpan<char>>? output = null)
    {
        var start = new ProcessStartInfo(directory is null ? tool : Path.Combine(directory, tool))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        arguments.ToList().ForEach(start.ArgumentList.Add);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            throw new DecodeFailure($"reading a PDF needs {tool}, which is not installed: install the Debian package {Package} (and poppler-data for Chinese)");
        }

        using (process)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        using (timeout.Token.Register(() => Kill(process)))
        {
            timeout.CancelAfter(Timeout);
            // Feed and drain at once: a large PDF fills the pipes both ways.
            var errors = Task.Run(() => Drain(process.StandardError, null));
            var feeding = Task.Run(() => Feed(process, input));
            string kept;
            try
            {
                kept = Drain(process.StandardOutput, output);
            }
            catch
            {
                Kill(process);
                throw;
            }
            finally
            {
                process.WaitForExit();
                feeding.Wait(CancellationToken.None);
            }

            cancellation.ThrowIfCancellationRequested();
            return timeout.IsCancellationRequested
                ? throw new DecodeFailure($"{tool} did not finish within {Timeout.TotalSeconds:0} s")
                : new(process.ExitCode, kept, errors.GetAwaiter().GetResult());
        }
    }

    private static void Feed(Process process, byte[] input)
    {
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool gave up (or was stopped) before reading everything; its exit code and errors say why.
        }
    }

    // Reads a stream to its end: into the sink as it comes, or its first MaxKept characters kept (the rest read and dropped).
    private static string Drain(StreamReader reader, Action<ReadOnlySpan<char>>? sink)
    {
        var kept = new StringBuilder();
        var buffer = new char[64 * 1024];
        for (int read; (read = reader.Read(buffer)) > 0;)
        {
            if (sink is not null)
            {
                sink(buffer.AsSpan(0, read));
            }
            else
            {
                kept.Append(buffer, 0, Math.Min(read, MaxKept - kept.Length));
            }
        }

        return kept.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Ended already.
        }
    }
}
