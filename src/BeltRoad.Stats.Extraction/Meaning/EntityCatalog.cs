using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>One catalogued entity: its canonical name, kind and aliases.</summary>
public sealed record EntityEntry(string Name, EntityKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>A default actor (中国) that yields to the thing a 专栏 box is about.</summary>
    public bool Weak { get; init; }
}

/// <summary>
/// The entity catalogue (data: Resources/entities.json, extendable with a file of the same shape): canonical names in
/// simplified Chinese with traditional and English aliases. An overlay entry with a known name replaces the built-in one.
/// </summary>
public sealed class EntityCatalog
{
    private EntityCatalog(IReadOnlyList<EntityEntry> entries) => Entries = entries;

    public IReadOnlyList<EntityEntry> Entries { get; }

    public static EntityCatalog Default { get; } = new(ReadEmbedded());

    /// <summary>The built-in catalogue with the entries of <paramref name="overlayJson"/> added or replaced by name.</summary>
    public static EntityCatalog WithOverlay(string overlayJson, string source)
    {
        List<EntityEntry> overlay;
        try
        {
            overlay = Read(overlayJson);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{source}: not an entity catalogue ({e.Message}).", e);
        }

        var names = overlay.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        return new([.. Default.Entries.Where(e => !names.Contains(e.Name)), .. overlay]);
    }

    private static List<EntityEntry> ReadEmbedded() => Read(EmbeddedJson.ReadText("entities.json"));

    private static string Alias(JsonElement alias) =>
        alias.GetString() is { Length: > 0 } text ? text : throw new InvalidOperationException("An alias must be a non-empty string.");

    private static List<EntityEntry> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("entities").EnumerateArray().Select(e => new EntityEntry(
            e.GetProperty("name").GetString() is { Length: > 0 } name ? name : throw new InvalidOperationException("An entity needs a name."),
            e.TryGetProperty("kind", out var kind) ? EntityKindCodes.Parse(kind.GetString() ?? throw new FormatException("an entity's kind must be a string")) : EntityKind.Other,
            e.TryGetProperty("aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(Alias)] : [])
        {
            Weak = e.TryGetProperty("weak", out var weak) && weak.GetBoolean(),
        })];
    }
}
