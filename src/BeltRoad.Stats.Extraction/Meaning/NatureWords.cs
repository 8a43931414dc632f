using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The cue words of each nature (data: Resources/nature-words.json).</summary>
internal sealed record NatureWords(IReadOnlyDictionary<Nature, WordList> Cues, WordList Study)
{
    public static NatureWords Default { get; } = Load();

    private static NatureWords Load()
    {
        using var json = EmbeddedJson.Open("nature-words.json");
        WordList Read(string name) => new(json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        var cues = new Dictionary<Nature, WordList>();
        foreach (var nature in Enum.GetValues<Nature>().Where(n => n != Nature.Actual))
        {
            cues[nature] = Read(nature.Code());
        }

        return new(cues, Read("study"));
    }
}
