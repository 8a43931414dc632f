using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The entity catalogue's kinds are an enum read loudly: every value has its word, and a word nobody knows is refused.</summary>
public class EntityKindTests
{
    public static TheoryData<EntityKind> Kinds() => [.. Enum.GetValues<EntityKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_word_and_a_catalogue_kind_reads_back_from_it(EntityKind kind)
    {
        var code = kind.Code();
        if (kind is EntityKind.Named or EntityKind.Title or EntityKind.Box)
        {
            // Found in the text, never written in a catalogue.
            Assert.Throws<FormatException>(() => EntityKindCodes.Parse(code));
            return;
        }

        Assert.Equal(kind, EntityKindCodes.Parse(code));
    }

    [Fact]
    public void An_unknown_kind_is_an_error_that_names_it_and_the_known_ones()
    {
        var e = Assert.Throws<FormatException>(() => EntityKindCodes.Parse("enterprise"));
        Assert.Contains("\"enterprise\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("enterprises", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_catalogue_with_a_misspelt_kind_is_refused_with_its_file_name()
    {
        var e = Assert.Throws<FormatException>(() => EntityCatalog.WithOverlay(
            """{ "entities": [ { "name": "岚山港务集团", "kind": "enterprize", "aliases": [] } ] }""", "my-entities.json"));
        Assert.Contains("my-entities.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("enterprize", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_catalogue_names_each_entity_once_and_gives_each_alias_to_one_entity()
    {
        // Within one file a second entry of a name would silently replace the first (the overlay rule), and an alias of
        // two entities would make whichever is read last win: both are mistakes of whoever edits the catalogue.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "src", "BeltRoad.Stats.Extraction", "Resources", "entities.json")));
        var entries = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var names = entries.Select(e => e.GetProperty("name").GetString()!).ToList();
        Assert.Empty(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
        var owners = entries
            .SelectMany(e => (e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!) : []).Append(e.GetProperty("name").GetString()!)
                .Distinct(StringComparer.OrdinalIgnoreCase).Select(alias => (Alias: alias.ToLowerInvariant(), Name: e.GetProperty("name").GetString()!)))
            .GroupBy(x => x.Alias).Where(g => g.Select(x => x.Name).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(owners);
    }

    [Fact]
    public void An_entry_without_a_kind_is_of_kind_other() =>
        Assert.Equal(EntityKind.Other, EntityCatalog.WithOverlay("""{ "entities": [ { "name": "某某集团" } ] }""", "my.json").Entries.Single(e => e.Name == "某某集团").Kind);

    [Fact]
    public void A_back_reference_to_a_kind_names_a_catalogue_kind()
    {
        Assert.Equal(new Referent(null, EntityKind.Institution), Referent.Parse("kind:institution"));
        Assert.Equal(Referent.EndingWith("港"), Referent.Parse("港"));
        Assert.Throws<FormatException>(() => Referent.Parse("kind:bank"));
    }
}
