using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Configuration;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>
/// What decides a run's result, reduced to one SHA-256: the program version, the configuration file and
/// metric overlay (by content), the input options, and every document of the input listing (relative name, size,
/// SHA-256 of the original file, so a PDF is fingerprinted by its bytes, not its converted text) with its metadata
/// sidecar; a file that cannot be read is listed with the reason, so the loader's failure is the one reported.
/// The folder paths themselves are left out: moving the inputs elsewhere does not change the result.
/// </summary>
public static class InputFingerprint
{
    public const string Prefix = "sha256:";

    /// <summary>The program as built (version and assembly ids), so changed code regenerates.</summary>
    public static string ProgramVersion => ProgramInfo.BuildIdentity;

    /// <summary>The lines that are hashed, one fact per line, so two fingerprints can be compared by eye when debugging.</summary>
    public static IReadOnlyList<string> Manifest(RunOptions options, RunSettings settings, InputListing inputs, string programVersion)
    {
        var lines = new List<string>
        {
            $"program {programVersion}",
            $"config {FileHash(options.ConfigFile)}",
            $"metrics {FileHash(settings.MetricsFile)}",
            $"entities {FileHash(settings.EntitiesFile)}",
            $"headlines {FileHash(settings.HeadlinesFile)}",
            string.Create(CultureInfo.InvariantCulture, $"inputs max-bytes {inputs.Options.MaxDocumentBytes} follow-outside {inputs.Options.FollowLinksOutside}"),
        };
        foreach (var entry in inputs.Entries)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"input {entry.Name} {entry.Length} {InputHash(entry, inputs.Options.MaxDocumentBytes)}"));
            if (inputs.SidecarOf(entry.Name) is { } sidecar)
            {
                lines.Add($"sidecar {sidecar.Name} {InputHash(sidecar, inputs.Options.MaxDocumentBytes)}");
            }
        }

        lines.AddRange(inputs.Issues.Select(i => $"skipped {i}"));
        return lines;
    }

    public static string Compute(RunOptions options, RunSettings settings, string programVersion) =>
        Compute(options, settings, InputLister.List(options.InputDirectory, settings.Inputs), programVersion);

    public static string Compute(RunOptions options, RunSettings settings, InputListing inputs, string programVersion) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Manifest(options, settings, inputs, programVersion)))));

    private static string InputHash(InputEntry entry, long limit)
    {
        try
        {
            return InputReader.Sha256(entry, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + e.Message;
        }
    }

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
