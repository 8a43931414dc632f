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

    private const string Unreadable = "unreadable: ";

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
    internal static IReadOnlyDictionary<string, string> Hashes(InputListing inputs) => Hashes(inputs, _ => null, 1);

    /// <summary>
    /// The same, taking a file's hash from <paramref name="known"/> (the published stat cache) when it gives one, and
    /// reading the others on <paramref name="parallelism"/> threads.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> Hashes(InputListing inputs, Func<InputEntry, string?> known, int parallelism)
    {
        var files = inputs.Entries.Concat(inputs.Sidecars).DistinctBy(e => e.Name, StringComparer.Ordinal).ToList();
        var hashes = new string[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            hashes[i] = known(files[i]) ?? InputHash(files[i], inputs.Options.MaxDocumentBytes));
        return files.Select((f, i) => (f.Name, Hash: hashes[i])).ToDictionary(f => f.Name, f => f.Hash, StringComparer.Ordinal);
    }

    /// <summary>Each document's extraction cache key: what decides its extraction (settings, its name, size, content and sidecar's), hashed.</summary>
    internal static IReadOnlyDictionary<string, string> DocumentKeys(IReadOnlyList<string> settingsLines, InputListing inputs, IReadOnlyDictionary<string, string> hashes) =>
        inputs.Entries.ToDictionary(e => e.Name, e => Hash([.. settingsLines, .. DocumentLines(inputs, e, hashes)]), StringComparer.Ordinal);

    /// <summary>One document's extraction cache key, its file and sidecar hashed now: what a node helping another's run checks its copy by.</summary>
    internal static string KeyOf(IReadOnlyList<string> settingsLines, InputListing inputs, InputEntry entry)
    {
        var files = inputs.SidecarOf(entry.Name) is { } sidecar ? [entry, sidecar] : new[] { entry };
        var hashes = files.ToDictionary(f => f.Name, f => InputHash(f, inputs.Options.MaxDocumentBytes), StringComparer.Ordinal);
        return Hash([.. settingsLines, .. DocumentLines(inputs, entry, hashes)]);
    }

    /// <summary>Whether a hash stands for a file that could not be read (the reason instead of a digest).</summary>
    internal static bool IsUnreadable(string hash) => hash.StartsWith(Unreadable, StringComparison.Ordinal);

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
            return Unreadable + e.Message;
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
