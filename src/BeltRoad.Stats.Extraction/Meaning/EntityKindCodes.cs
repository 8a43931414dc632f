using System.Collections.Frozen;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The words the entity catalogue writes for each kind; a word it does not know is an error, never "other".</summary>
public static class EntityKindCodes
{
    private static readonly FrozenDictionary<EntityKind, string> Codes = new Dictionary<EntityKind, string>
    {
        [EntityKind.Other] = "other",
        [EntityKind.Country] = "country",
        [EntityKind.CountryGroup] = "country_group",
        [EntityKind.Place] = "place",
        [EntityKind.Region] = "region",
        [EntityKind.Institution] = "institution",
        [EntityKind.Authority] = "authority",
        [EntityKind.Enterprises] = "enterprises",
        [EntityKind.Programme] = "programme",
        [EntityKind.Project] = "project",
        [EntityKind.Event] = "event",
        [EntityKind.Initiative] = "initiative",
        [EntityKind.Instrument] = "instrument",
        [EntityKind.Document] = "document",
        [EntityKind.Named] = "named",
        [EntityKind.Title] = "title",
        [EntityKind.Box] = "box",
    }.ToFrozenDictionary();

    // A catalogue entry may name any kind but those of names found in the text.
    private static readonly FrozenDictionary<string, EntityKind> Catalogued = Codes
        .Where(kv => kv.Key is not (EntityKind.Named or EntityKind.Title or EntityKind.Box))
        .ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Code(this EntityKind kind) =>
        Codes.TryGetValue(kind, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(kind), kind, "An entity kind without a code.");

    /// <summary>The kind a catalogue entry names.</summary>
    /// <exception cref="FormatException">The word is no catalogue kind; the message lists those there are.</exception>
    public static EntityKind Parse(string code) =>
        Catalogued.TryGetValue(code, out var kind)
            ? kind
            : throw new FormatException($"unknown entity kind \"{code}\" (known: {string.Join(", ", Catalogued.Keys.Order(StringComparer.Ordinal))})");
}
