using System.Text.Json;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Configuration;

/// <summary>
/// Settings from the optional --config file (JSON). Every setting has an embedded default, so a run
/// needs no file at all. Shape: <c>{ "Metrics": { "File": "my-metrics.json" }, "Publishing": { "History": 10 },
/// "Inputs": { "MaxDocumentMegabytes": 200, "MaxUnpackedMegabytes": 200, "MaxSecondsPerDocument": 30, "FollowLinksOutside": false },
/// "Schedule": { … } }</c> (docs/hostile-input.md for the reading limits).
/// </summary>
public sealed record RunSettings(string? MetricsFile, int HistoryToKeep, JsonElement? Schedule, StoreSettings? Store = null)
{
    /// <summary>A user's entity catalogue (Entities.File): entries added to the built-in one, or replacing it by name.</summary>
    public string? EntitiesFile { get; init; }

    /// <summary>A user's headline series (Headlines.File): listed first in the digest's headline catalogue, or alone.</summary>
    public string? HeadlinesFile { get; init; }

    /// <summary>What the input listing accepts (size limit per document, links outside the input folder).</summary>
    public InputOptions Inputs { get; init; } = InputOptions.Default;

    /// <summary>The file every command reads when no <c>--config</c> is given, if it exists in the working folder.</summary>
    public const string DefaultFileName = "appsettings.json";

    public static RunSettings Default { get; } = new(null, 10, null);

    /// <summary>
    /// The configuration file a command uses: the explicit <c>--config</c>, else <c>./appsettings.json</c> when it
    /// exists, else none (embedded defaults). The one rule for <c>run</c>, <c>schedule</c> and <c>status</c>: the
    /// file is part of the input fingerprint, so two commands resolving it differently would make each other's
    /// runs look changed.
    /// </summary>
    public static string? ResolveConfigFile(string? explicitPath) =>
        explicitPath ?? (File.Exists(DefaultFileName) ? DefaultFileName : null);

    /// <exception cref="ConfigurationException">The file is missing or malformed; the message names it.</exception>
    public static RunSettings Load(string? path)
    {
        if (path is null)
        {
            return Default;
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException($"{path}: configuration file not found");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(path))!;
            string? metrics = null;
            if (root.TryGetProperty("Metrics", out var m) && m.TryGetProperty("File", out var file) && file.GetString() is { Length: > 0 } f)
            {
                metrics = Path.GetFullPath(Path.Combine(baseDir, f));
            }

            var history = Default.HistoryToKeep;
            if (root.TryGetProperty("Publishing", out var p) && p.TryGetProperty("History", out var h))
            {
                history = h.GetInt32();
                if (history < 0)
                {
                    throw new ConfigurationException($"{path}: Publishing.History must be 0 or more, not {history}");
                }
            }

            string? entities = null;
            if (root.TryGetProperty("Entities", out var en) && en.TryGetProperty("File", out var entityFile) && entityFile.GetString() is { Length: > 0 } ef)
            {
                entities = Path.GetFullPath(Path.Combine(baseDir, ef));
            }

            string? headlines = null;
            if (root.TryGetProperty("Headlines", out var hl) && hl.TryGetProperty("File", out var headlineFile) && headlineFile.GetString() is { Length: > 0 } hf)
            {
                headlines = Path.GetFullPath(Path.Combine(baseDir, hf));
            }

            JsonElement? schedule = root.TryGetProperty("Schedule", out var s) ? s.Clone() : null;
            return new RunSettings(metrics, history, schedule, StoreSection(root, path))
            {
                Inputs = LoadInputs(path, root),
                EntitiesFile = entities,
                HeadlinesFile = headlines,
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ConfigurationException($"{path}: not valid configuration JSON: {e.Message}", e);
        }
    }

    // A document is read whole into memory, so the limit stays below what one array holds.
    private const int MaxDocumentMegabytesAllowed = 1024;

    private static InputOptions LoadInputs(string path, JsonElement root)
    {
        var inputs = InputOptions.Default;
        if (!root.TryGetProperty("Inputs", out var i))
        {
            return inputs;
        }

        if (i.TryGetProperty("MaxDocumentMegabytes", out var max))
        {
            inputs = inputs with { MaxDocumentBytes = Ranged(path, "MaxDocumentMegabytes", max, MaxDocumentMegabytesAllowed) * 1024L * 1024 };
        }

        if (i.TryGetProperty("MaxUnpackedMegabytes", out var unpacked))
        {
            inputs = inputs with { MaxUnpackedBytes = Ranged(path, "MaxUnpackedMegabytes", unpacked, MaxUnpackedMegabytesAllowed) * 1024L * 1024 };
        }

        if (i.TryGetProperty("MaxSecondsPerDocument", out var seconds))
        {
            inputs = inputs with { TimeBudget = TimeSpan.FromSeconds(Ranged(path, "MaxSecondsPerDocument", seconds, MaxSecondsPerDocumentAllowed)) };
        }

        return i.TryGetProperty("FollowLinksOutside", out var follow) ? inputs with { FollowLinksOutside = follow.GetBoolean() } : inputs;
    }

    // A part is streamed, never held whole, so its limit may pass the document's; an hour is beyond any document.
    private const int MaxUnpackedMegabytesAllowed = 16 * 1024;
    private const int MaxSecondsPerDocumentAllowed = 3600;

    private static int Ranged(string path, string name, JsonElement value, int most)
    {
        var number = value.GetInt32();
        return number is >= 1 && number <= most ? number : throw new ConfigurationException($"{path}: Inputs.{name} must be 1 to {most}, not {number}");
    }

    /// <summary><c>"Store": { "Provider": "postgres", "ConnectionString": "Host=…;Database=…" }</c>; the provider defaults to what the string looks like.</summary>
    private static StoreSettings? StoreSection(JsonElement root, string path)
    {
        if (!root.TryGetProperty("Store", out var store) || store.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var connectionString = store.TryGetProperty("ConnectionString", out var c) ? c.GetString() : null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationException($"{path}: Store.ConnectionString is missing");
        }

        try
        {
            return store.TryGetProperty("Provider", out var p) && p.GetString() is { Length: > 0 } provider
                ? StoreSettings.Of(provider, connectionString)
                : StoreSettings.Parse(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{path}: Store: {e.Message}", e);
        }
    }
}
