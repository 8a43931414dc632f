using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Runs poppler's command-line tools with the PDF on standard input (so the bytes read are the bytes
/// fingerprinted). <paramref name="directory"/> is where the tools are; null means the PATH.
/// </summary>
internal sealed class PopplerTools(string? directory)
{
    public const string Package = "poppler-utils";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static PopplerTools Installed { get; } = new(null);

    /// <exception cref="DecodeFailure">The tool is not installed or did not finish in time.</exception>
    public ToolResult Run(string tool, IReadOnlyList<string> arguments, byte[] input)
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
        {
            // Feed and drain at once: a large PDF fills the pipes both ways.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.BaseStream.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The tool gave up before reading everything (a damaged file); its exit code and errors say why.
            }

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new DecodeFailure($"{tool} did not finish within {Timeout.TotalSeconds:0} s");
            }

            return new(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
        }
    }
}
