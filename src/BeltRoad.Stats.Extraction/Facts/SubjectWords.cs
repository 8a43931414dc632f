using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>The words trimmed around a figure to make its subject label (data in Resources/subject-words.json).</summary>
internal sealed record SubjectWords(IReadOnlyList<string> Leading, IReadOnlyList<string> Trailing)
{
    public static SubjectWords Default { get; } = Load();

    private static SubjectWords Load()
    {
        using var stream = typeof(SubjectWords).Assembly.GetManifestResourceStream("BeltRoad.Stats.Extraction.subject-words.json")
            ?? throw new InvalidOperationException("Embedded subject words are missing.");
        using var json = JsonDocument.Parse(stream);
        static List<string> Read(JsonElement e, string name) =>
            e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).OrderByDescending(w => w.Length).ToList();
        return new(Read(json.RootElement, "leading"), Read(json.RootElement, "trailing"));
    }
}
