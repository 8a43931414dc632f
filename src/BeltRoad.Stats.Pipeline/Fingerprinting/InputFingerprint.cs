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
    public static IReadOnlyList<string> Manifest(RunOptions options, RunSettings settings, InputListing inputs, string programVersion) =>
        Manifest(options, settings, inputs, programVersion, Hashes(inputs));

    internal static IReadOnlyList<string> Manifest(RunOptions options, RunSettings settings, InputListing inputs, string programVersion, IReadOnlyDictionary<string, string> hashes)
    {
        var lines = SettingsLines(options, settings, inputs.Options, programVersion).ToList();
        lines.AddRange(inputs.Entries.SelectMany(entry => DocumentLines(inputs, entry, hashes)));
        lines.AddRange(inputs.Issues.Select(i => $"skipped {i}"));
        return lines;
    }

    public static string Compute(RunOptions options, RunSettings settings, string programVersion) =>
        Compute(options, settings, InputLister.List(options.InputDirectory, settings.Inputs), programVersion);

    public static string Compute(RunOptions options, RunSettings settings, InputListing inputs, string programVersion) =>
        Hash(Manifest(options, settings, inputs, programVersion));

    internal static string Hash(IEnumerable<string> lines) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    /// <summary>SHA-256 of every input and sidecar by name, read once per run and used by the fingerprint and the extraction cache.</summary>
    internal static IReadOnlyDictionary<string, string> Hashes(InputListing inputs) =>
        inputs.Entries.Concat(inputs.Sidecars)
            .DistinctBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(e => e.Name, e => InputHash(e, inputs.Options.MaxDocumentBytes), StringComparer.Ordinal);

    /// <summary>What decides how any document is read and extracted: the program and the configuration, without the inputs.</summary>
    internal static IReadOnlyList<string> SettingsLines(RunOptions options, RunSettings settings, InputOptions inputOptions, string programVersion) =>
    [
        $"program {programVersion}",
        $"config {FileHash(options.ConfigFile)}",
        $"metrics {FileHash(settings.MetricsFile)}",
        $"entities {FileHash(settings.EntitiesFile)}",
        $"headlines {FileHash(settings.HeadlinesFile)}",
        string.Create(CultureInfo.InvariantCulture, $"inputs max-bytes {inputOptions.MaxDocumentBytes} follow-outside {inputOptions.FollowLinksOutside}"),
    ];

    /// <summary>One document as the fingerprint sees it: its name, size and content, and its sidecar's.</summary>
    internal static IEnumerable<string> DocumentLines(InputListing inputs, InputEntry entry, IReadOnlyDictionary<string, string> hashes)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"input {entry.Name} {entry.Length} {hashes[entry.Name]}");
        if (inputs.SidecarOf(entry.Name) is { } sidecar)
        {
            yield return $"sidecar {sidecar.Name} {hashes[sidecar.Name]}";
        }
    }

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
