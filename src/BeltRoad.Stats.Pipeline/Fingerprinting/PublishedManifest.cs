using System.Text.Json;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>One input as hashed: its size and stamp when listed, and the SHA-256 of its bytes.</summary>
internal sealed record HashedInput(long Size, InputStamp Stamp, string Sha256);

/// <summary>One document of a published fact table: its extraction cache key and how many facts it gave.</summary>
internal sealed record PublishedDocument(string Key, int Facts);

/// <summary>
/// A published run's account of itself, <c>history/manifest.json</c>, written into the set it describes: the stat
/// cache (each input's size, stamp and SHA-256, so the next run hashes only files written since), each published
/// document's key and fact count (so the next run's comparison reads only the documents whose key changed), and the
/// files the set holds with their sizes (so an up-to-date check need not read facts.json and index.html to know them,
/// and still tells a file cut short, e.g. by a crash before the page cache reached the disk), and each document text's
/// digest and stat (<see cref="StampedText"/>, so a cached document's text is linked without being read). A missing,
/// damaged or older manifest means hashing, comparing and checking everything.
/// </summary>
internal sealed record PublishedManifest(
    string RunId,
    string InputFolder,
    IReadOnlyDictionary<string, HashedInput> Inputs,
    IReadOnlyDictionary<string, PublishedDocument> Documents,
    IReadOnlyDictionary<string, long> Outputs)
{
    /// <summary>The set's document texts by path (<c>texts/…</c>); empty in a manifest written before they were recorded.</summary>
    public IReadOnlyDictionary<string, StampedText> Texts { get; init; } = new Dictionary<string, StampedText>(StringComparer.Ordinal);

    public const string FileName = "manifest.json";
    private const int Version = 2;

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, OutputFiles.HistoryFolder, FileName);

    /// <summary>The hash recorded for <paramref name="entry"/> when it is the file hashed then: same folder, name, size and stamp.</summary>
    public string? HashOf(string inputFolder, InputEntry entry) =>
        entry.Stamp is { } stamp && InputFolder == inputFolder && Inputs.TryGetValue(entry.Name, out var known) && known.Size == entry.Length && known.Stamp == stamp
            ? known.Sha256
            : null;

    public static PublishedManifest? TryRead(string outputDirectory)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(PathIn(outputDirectory)));
            var root = json.RootElement;
            return root.GetProperty("version").GetInt32() != Version ? null : new PublishedManifest(
                root.GetProperty("run_id").GetString()!,
                root.GetProperty("input").GetString()!,
                root.GetProperty("inputs").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, ReadInput, StringComparer.Ordinal),
                root.GetProperty("documents").EnumerateArray().ToDictionary(
                    d => d.GetProperty("name").GetString()!,
                    d => new PublishedDocument(d.GetProperty("key").GetString()!, d.GetProperty("facts").GetInt32()),
                    StringComparer.Ordinal),
                root.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("path").GetString()!, o => o.GetProperty("size").GetInt64(), StringComparer.Ordinal))
            {
                Texts = root.TryGetProperty("texts", out var texts)
                    ? texts.EnumerateArray().ToDictionary(t => t.GetProperty("path").GetString()!, ReadText, StringComparer.Ordinal)
                    : new Dictionary<string, StampedText>(StringComparer.Ordinal),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The old set's manifest may be linked here already: a new file, never its bytes rewritten.
        File.Delete(path);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("run_id", RunId);
        json.WriteString("input", InputFolder);
        json.WriteStartArray("inputs");
        foreach (var (name, file) in Inputs.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteNumber("size", file.Size);
            json.WriteNumber("device", file.Stamp.Device);
            json.WriteNumber("inode", file.Stamp.Inode);
            json.WriteNumber("mtime_ns", file.Stamp.ModifiedNanoseconds);
            json.WriteNumber("ctime_ns", file.Stamp.ChangedNanoseconds);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("documents");
        foreach (var (name, doc) in Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("key", doc.Key);
            json.WriteNumber("facts", doc.Facts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("outputs");
        foreach (var (output, size) in Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", output);
            json.WriteNumber("size", size);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("texts");
        foreach (var (textPath, text) in Texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", textPath);
            json.WriteNumber("size", text.Digest.Bytes);
            json.WriteNumber("device", text.Device);
            json.WriteNumber("inode", text.Inode);
            json.WriteNumber("mtime_ns", text.ModifiedNanoseconds);
            json.WriteString("sha256", text.Digest.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static StampedText ReadText(JsonElement t) => new(
        new TextDigest(t.GetProperty("sha256").GetString()!, t.GetProperty("size").GetInt64()),
        t.GetProperty("device").GetUInt64(),
        t.GetProperty("inode").GetUInt64(),
        t.GetProperty("mtime_ns").GetInt64());

    private static HashedInput ReadInput(JsonElement f) => new(
        f.GetProperty("size").GetInt64(),
        new InputStamp(f.GetProperty("device").GetUInt64(), f.GetProperty("inode").GetUInt64(), f.GetProperty("mtime_ns").GetInt64(), f.GetProperty("ctime_ns").GetInt64()),
        f.GetProperty("sha256").GetString()!);
}
