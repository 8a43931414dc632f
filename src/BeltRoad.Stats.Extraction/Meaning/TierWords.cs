using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The words that make a number a threshold, a tier, a floor or a section count, not a fact (data: Resources/tier-words.json).</summary>
internal sealed record TierWords(WordList Bounds, WordList Consecutive, WordList ClassLinks, WordList ClassBounds, WordList SubjectVerbs, WordList Sections)
{
    /// <summary>The built-in words (Resources/tier-words.json), read from the assembly at each call.</summary>
    internal static TierWords Load()
    {
        using var json = EmbeddedJson.Open("tier-words.json");
        WordList Read(string name) => new(json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(Read("bounds"), Read("consecutive"), Read("class_links"), Read("class_bounds"), Read("subject_verbs"), Read("sections"));
    }
}
