using System.Security.Cryptography;
using System.Text;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Configuration;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// What decides a run's result, reduced to one SHA-256: the program version, the configuration file and
/// metric overlay (by content), and every input file the loader would read (relative name, size, SHA-256; the original
/// file, so a PDF is fingerprinted by its bytes, not its converted text) with its metadata sidecar.
/// The folder paths themselves are left out: moving the inputs elsewhere does not change the result.
/// </summary>
public static class InputFingerprint
{
    public const string Prefix = "sha256:";

    /// <summary>The program as built (version and assembly ids), so changed code regenerates.</summary>
    public static string ProgramVersion => ProgramInfo.BuildIdentity;

    /// <summary>The lines that are hashed, one fact per line, so two fingerprints can be compared by eye when debugging.</summary>
    public static IReadOnlyList<string> Manifest(RunOptions options, RunSettings settings, string programVersion)
    {
        var lines = new List<string>
        {
            $"program {programVersion}",
            $"config {FileHash(options.ConfigFile)}",
            $"metrics {FileHash(settings.MetricsFile)}",
        };
        foreach (var name in DocumentLoader.ListInputs(options.InputDirectory))
        {
            var path = Path.Combine(options.InputDirectory, name);
            lines.Add($"input {name} {new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} {FileHash(path)}");
            if (DocumentLoader.SidecarOf(options.InputDirectory, name) is { } sidecar)
            {
                lines.Add($"sidecar {sidecar} {FileHash(Path.Combine(options.InputDirectory, sidecar))}");
            }
        }

        return lines;
    }

    public static string Compute(RunOptions options, RunSettings settings, string programVersion) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Manifest(options, settings, programVersion)))));

    private static string FileHash(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return "none";
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
