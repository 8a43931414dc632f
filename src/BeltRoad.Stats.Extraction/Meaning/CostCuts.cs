using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// 「货运成本降低30%」「物流时间缩短了40%」: a Chinese rate of change whose clause ends right before it with a verb of cutting
/// (data: cost_cuts in Resources/label-words.json) after a cost, time or consumption noun measures how that quantity changed,
/// not the growth of a statistic: the noun's words (after the last 的 and any causative: 「昆明经老挝至泰国的货运成本」 → 货运成本)
/// + suffix (货运成本变化率), as the English keys write "cut … emissions by 45 percent" (碳排放变化率). Only a realised cut: a
/// modelled one (「可使全球贸易成本降低1.8%」) keeps the rules after it, as the seeds' key writes it (全球贸易成本降低幅度).
/// </summary>
internal sealed record CostCuts(WordList Verbs, WordList Nouns, string Suffix)
{
    public static CostCuts Read(JsonElement e)
    {
        WordList Words(string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(Words("verbs"), Words("nouns"), e.GetProperty("suffix").GetString()!);
    }

    public string? For(FigureContext figure, LabelWords labels)
    {
        var before = figure.ClauseBefore.TrimEnd();
        if (Verbs.EndOf(before) is not { } verb)
        {
            return null;
        }

        var noun = before[..^verb.Length].TrimEnd();
        if (Nouns.EndOf(noun) is null)
        {
            return null;
        }

        var words = noun[(noun.LastIndexOf('的') + 1)..].ToString();
        return WordedLabels.AfterCausative(words, labels) + Suffix;
    }
}
