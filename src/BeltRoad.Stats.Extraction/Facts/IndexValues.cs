using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// An index's value is a figure with no unit of its own: 「运价指数为112.3」「该指数从2013年的100升至2022年的165.4」,
/// "the index stood at 112.3". A bare number (the recognizer's <see cref="MentionKind.Number"/>) that an index word
/// (tier-words.json <c>index_words</c>) leads to in its clause becomes a quantity of the unit other; a year never does.
/// </summary>
internal static class IndexValues
{
    // How far before the numeral the index word may end (past 「从2013年的100升至2022年的」).
    private const int Reach = 24;

    /// <summary>The mentions with each index value made a quantity; the same list when there is none.</summary>
    public static IReadOnlyList<Mention> Mark(IReadOnlyList<Mention> mentions, string text, WordList indexWords)
    {
        List<Mention>? marked = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind is MentionKind.Number && m.Value is not null && !BareNumbers.YearLike(m) && LedBy(mentions, i, text, indexWords))
            {
                marked ??= [.. mentions];
                marked[i] = m with { Kind = MentionKind.Quantity, Unit = MentionUnit.Other };
            }
        }

        return marked ?? mentions;
    }

    // An index word ends within reach before the numeral, in its clause, with no figure of a unit between them (an index
    // value or a date may stand between: 「从2013年的100升至2022年的165.4」).
    private static bool LedBy(IReadOnlyList<Mention> mentions, int i, string text, WordList indexWords)
    {
        var start = mentions[i].Start;
        var from = Math.Max(0, start - Reach);
        for (var k = start - 1; k >= from; k--)
        {
            if (text[k] is '，' or ',' or '。' or '；' or ';' or '：' or '\n' or '!' or '?' or '！' or '？')
            {
                from = k + 1;
                break;
            }
        }

        for (var j = i - 1; j >= 0 && mentions[j].End > from; j--)
        {
            if (mentions[j].Kind is MentionKind.Quantity or MentionKind.Percent or MentionKind.PercentagePoints)
            {
                from = Math.Max(from, mentions[j].End);
                break;
            }
        }

        return indexWords.Any(text, from, start);
    }
}
