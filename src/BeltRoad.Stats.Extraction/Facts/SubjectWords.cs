using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>The words trimmed around a figure to make its subject label (data in Resources/subject-words.json).</summary>
internal sealed record SubjectWords(IReadOnlyList<string> Leading, IReadOnlyList<string> Trailing, string ChineseCountTemplate, string EnglishCountTemplate, string NounFinals)
{
    public static SubjectWords Default { get; } = Load();

    private static SubjectWords Load()
    {
        using var json = EmbeddedJson.Open("subject-words.json");
        static List<string> Read(JsonElement e, string name) =>
            e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).OrderByDescending(w => w.Length).ToList();
        var template = json.RootElement.GetProperty("count_template");
        return new(Read(json.RootElement, "leading"), Read(json.RootElement, "trailing"), template.GetProperty("zh").GetString()!, template.GetProperty("en").GetString()!, json.RootElement.GetProperty("noun_finals").GetString()!);
    }
}
