using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Money a recipient gets (data: recipients in Resources/label-words.json): "the United Kingdom received $60 billion",
/// "Venezuela secured $196 billion in credit", "Saudi Arabia had drawn only USD5.9 billion", "the Middle East was the
/// largest destination, with USD39 billion". The amount is the lender's measure seen from the recipient: the prefix, the
/// lender and the measure (获中国贷款额, 获中国“一带一路”参与额), not the lender's own total.
/// </summary>
internal sealed record Recipients(string Prefix, WordList Verbs, WordList Nouns, WordList Links, WordList Between)
{
    public static Recipients Read(JsonElement e)
    {
        static WordList Words(JsonElement e, string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(e.GetProperty("prefix").GetString()!, Words(e, "verbs"), Words(e, "nouns"), Words(e, "links"), Words(e, "between"));
    }

    /// <summary>
    /// Whether the words right before the figure, after any figure before it in its sentence, make it what a recipient
    /// gets: a verb of receiving (one word such as "only" between), or a recipient noun and a link ("destination, with").
    /// </summary>
    public bool Receives(FigureContext figure)
    {
        var start = figure.PreviousFigureEnd;
        var before = figure.Text.AsSpan(start, figure.Mention.Start - start).TrimEnd();
        if (Between.EndOf(before) is { } word)
        {
            before = before[..^word.Length].TrimEnd();
        }

        if (Verbs.EndOf(before) is not null)
        {
            return true;
        }

        return Links.EndOf(before) is { } link && Nouns.EndOf(before[..^link.Length].TrimEnd().TrimEnd(',')) is not null;
    }
}
