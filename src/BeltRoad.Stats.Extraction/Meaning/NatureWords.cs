using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The cue words of each nature (data: Resources/nature-words.json). A list, not a dictionary: every figure walks it,
/// and a foreach over a dictionary's interface boxes an enumerator each time.
/// </summary>
/// <param name="FutureMarkers">「将在」「将为」: a bare future, a forecast unless one of <paramref name="PledgeVerbs"/> follows it
/// before the figure (「中方将在未来5年内为共建国家提供10万个培训名额」 is a pledge).</param>
/// <param name="ColumnMarks">A table column's mark ("est.", "proj.") and the nature it gives the column's cells.</param>
internal sealed record NatureWords(IReadOnlyList<(Nature Nature, WordList Words)> Cues, WordList Study, WordList FutureMarkers, WordList PledgeVerbs,
    IReadOnlyDictionary<string, Nature> ColumnMarks)
{
    /// <summary>Whether a cell is a column mark: one delegate for every figure that asks, not one made per figure.</summary>
    public Func<string, bool> IsColumnMark { get; } = ColumnMarks.ContainsKey;

    /// <summary>The built-in words (Resources/nature-words.json), read from the assembly at each call.</summary>
    internal static NatureWords Load()
    {
        using var json = EmbeddedJson.Open("nature-words.json");
        WordList Read(string name) => new(json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        (Nature, WordList)[] cues = [.. Enum.GetValues<Nature>().Where(n => n != Nature.Actual).Select(n => (n, Read(n.Code())))];
        var marks = new Dictionary<string, Nature>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in json.RootElement.GetProperty("column_marks").EnumerateObject())
        {
            var nature = MeaningCodes.ParseNature(group.Name);
            foreach (var mark in group.Value.EnumerateArray())
            {
                marks.Add(mark.GetString()!, nature); // a mark listed twice fails loudly
            }
        }

        return new(cues, Read("study"), Read("future_markers"), Read("pledge_verbs"), marks);
    }
}
