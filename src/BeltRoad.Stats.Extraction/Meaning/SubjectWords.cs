using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The words trimmed around a figure to make its subject label (data in Resources/subject-words.json).</summary>
internal sealed record SubjectWords(IReadOnlyList<string> Leading, IReadOnlyList<string> Trailing, IReadOnlyDictionary<DocumentLanguage, SubjectProfile> Profiles, string NounFinals,
    IReadOnlyList<string> ClassifierNouns)
{
    /// <summary>The built-in words (Resources/subject-words.json), read from the assembly at each call.</summary>
    internal static SubjectWords Load()
    {
        using var json = EmbeddedJson.Open("subject-words.json");
        static List<string> Read(JsonElement e, string name) =>
            e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).OrderByDescending(w => w.Length).ToList();
        var profiles = json.RootElement.GetProperty("profiles").EnumerateObject().ToDictionary(p => DocumentLanguageCodes.Parse(p.Name), p => Profile(p.Value));
        return new(Read(json.RootElement, "leading"), Read(json.RootElement, "trailing"), profiles, json.RootElement.GetProperty("noun_finals").GetString()!,
            Read(json.RootElement, "classifier_nouns"));
    }

    /// <summary>The profile of <paramref name="language"/>; a language the data does not cover is said loudly.</summary>
    public SubjectProfile For(DocumentLanguage language) =>
        Profiles.TryGetValue(language, out var profile) ? profile : throw new InvalidOperationException($"subject-words.json has no profile for the language '{language.Code()}'.");

    private static SubjectProfile Profile(JsonElement e) => new(
        e.GetProperty("max_context").GetInt32(),
        e.GetProperty("max_after").GetInt32(),
        e.GetProperty("max_noun").GetInt32(),
        e.GetProperty("spaced").GetBoolean(),
        e.GetProperty("ellipsis").GetString()!,
        e.GetProperty("count_template").GetString()!,
        e.TryGetProperty("noun_stops", out var stops) ? [.. stops.EnumerateArray().Select(x => x.GetString()!)] : []);
}
