using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The thing a Chinese length names after its unit (data: lengths_after in Resources/label-words.json): 「2.7公里防波堤及护岸」
/// → 防波堤长度, and after a verb of building or adding 「帮助巴方新建510公里高速公路」 → 新建高速公路里程; a Chinese writer puts
/// the measured thing after the length where no words before it name one (those are `no noun of its unit`'s debris).
/// </summary>
internal sealed record LengthsAfter(WordList BuiltVerbs, string BuiltSuffix, string Suffix, System.Buffers.SearchValues<char> Stops, int Max, WordList NotNouns)
{
    private const int MinNoun = 2;

    public static LengthsAfter Read(JsonElement e) => new(
        new WordList(e.GetProperty("built_verbs").EnumerateArray().Select(x => x.GetString()!)),
        e.GetProperty("built_suffix").GetString()!,
        e.GetProperty("suffix").GetString()!,
        System.Buffers.SearchValues.Create(e.GetProperty("stops").GetString()!),
        e.GetProperty("max").GetInt32(),
        new WordList(e.GetProperty("not_nouns").EnumerateArray().Select(x => x.GetString()!)));

    /// <summary>The row of the thing named right after the length's unit, or null where no noun of its own stands there.</summary>
    public string? For(FigureContext figure)
    {
        var text = figure.Text;
        var start = figure.Mention.End;
        var end = start;
        var limit = Math.Min(text.Length, Math.Min(figure.Clause.End, start + Max));
        while (end < limit && HanText.Is(text[end]) && !Stops.Contains(text[end]))
        {
            end++;
        }

        if (end - start < MinNoun || NotNouns.At(text, start, end) is not null)
        {
            return null;
        }

        var noun = text.AsSpan(start, end - start);
        return BuiltVerbs.EndOf(figure.ClauseBefore.TrimEnd()) is { } verb ? string.Concat(verb, noun, BuiltSuffix) : string.Concat(noun, Suffix);
    }
}
