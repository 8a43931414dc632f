using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a part adds to a whole's growth (data: growth_pulls in Resources/label-words.json): 「拉动全国外贸增长3.2个百分点」
/// 「拉动西部地区外贸增长3.4个百分点」 → 外贸增长拉动, the contribution in percentage points, not the share or rate before it.
/// </summary>
internal sealed record GrowthPulls(WordList Verbs, WordList Changes, IReadOnlyList<string> Wholes, string Suffix)
{
    public static GrowthPulls Read(JsonElement e)
    {
        static WordList Words(JsonElement list) => new(list.EnumerateArray().Select(x => x.GetString()!));
        return new(Words(e.GetProperty("verbs")), Words(e.GetProperty("changes")),
            [.. e.GetProperty("wholes").EnumerateArray().Select(x => x.GetString()!)], e.GetProperty("suffix").GetString()!);
    }

    /// <summary>
    /// The pull row of a percentage-point figure right after a change word that a verb of pulling leads to in its clause
    /// (the whole named between them: 外贸 + 增长拉动), or null.
    /// </summary>
    public string? For(FigureContext figure)
    {
        var (text, start, end) = (figure.Text, figure.Clause.Start, figure.Mention.Start);
        var verb = Verbs.Last(text, start, end);
        if (verb < 0 || Changes.EndOf(text.AsSpan(verb, end - verb).TrimEnd()) is not { } change)
        {
            return null;
        }

        var between = text.AsSpan(verb, end - verb).TrimEnd();
        between = between[..^change.Length];
        // The longest whole named wins: 出口 stands inside 进出口.
        string? found = null;
        foreach (var whole in Wholes)
        {
            if (between.IndexOf(whole) >= 0 && whole.Length > (found?.Length ?? 0))
            {
                found = whole;
            }
        }

        return found is null ? null : found + Suffix;
    }
}
