using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// An English count whose noun is left out because the sentence or the one before just named it: "The database records
/// 1,304 loans. Of these, 861 have precise footprints, and the other 443 are listed …", "Of the 88 projects, 28 are under
/// implementation". A bare number (the recognizer's <see cref="MentionKind.Number"/>) that is the subject of the verb
/// after it (tier-words.json <c>subject_verbs</c>: are, were, have …) counts what the last count before it counts, when
/// that count stands in its sentence or the one before; a year never does, nor a value a figure before it stated.
/// </summary>
internal static class ElidedCounts
{
    // How far back the count it refers to may stand (its sentence and the one before, in news prose).
    private const int Reach = 240;

    /// <summary>
    /// The mentions with each elided count given its unit (the same list when there is none), and where each elided count's
    /// whole starts, by the elided count's start (null when there is none): a part counted of a whole is aggregated as the
    /// whole is ("The database records 1,304 loans. Of these, 861 …": loans made over the database's years, both totals).
    /// </summary>
    public static (IReadOnlyList<Mention> Mentions, Dictionary<int, int>? Wholes) Mark(IReadOnlyList<Mention> mentions, string text, WordList subjectVerbs)
    {
        List<Mention>? marked = null;
        Dictionary<int, int>? wholes = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind is not MentionKind.Number || m.Value is not { } value || value < 2 || decimal.Truncate(value) != value
                || BareNumbers.YearLike(m) || !VerbAfter(text, m.End, subjectVerbs))
            {
                continue;
            }

            // A value stated before as a figure is that figure again (a bilingual page's translation: "550,000 were working
            // overseas" after 在外各类劳务人员55万人), not another count.
            if (CountBefore(marked ?? mentions, i, text) is { } whole && !StatedBefore(mentions, i, value))
            {
                marked ??= [.. mentions];
                marked[i] = m with { Kind = MentionKind.Quantity, Unit = whole.Unit };
                (wholes ??= [])[m.Start] = whole.Start;
            }
        }

        return (marked ?? mentions, wholes);
    }

    private static bool StatedBefore(IReadOnlyList<Mention> mentions, int i, decimal value)
    {
        for (var j = 0; j < i; j++)
        {
            if (mentions[j].Kind is MentionKind.Quantity && mentions[j].Value == value)
            {
                return true;
            }
        }

        return false;
    }

    // "861 have", "443 are": one space, then a subject verb as a whole word.
    private static bool VerbAfter(string text, int end, WordList verbs)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsAsciiLetterLower(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > end + 1 && verbs.EndOf(text.AsSpan(end + 1, wordEnd - end - 1)) is { } verb && verb.Length == wordEnd - end - 1;
    }

    // The last count of things before the mention within reach, no paragraph break between.
    private static Mention? CountBefore(IReadOnlyList<Mention> mentions, int i, string text)
    {
        var start = mentions[i].Start;
        var from = Math.Max(0, start - Reach);
        var paragraph = text.LastIndexOf("\n\n", start, start - from, StringComparison.Ordinal);
        from = paragraph < 0 ? from : paragraph;
        for (var j = i - 1; j >= 0 && mentions[j].End > from; j--)
        {
            if (mentions[j].Kind is MentionKind.Quantity)
            {
                return mentions[j].Unit is MentionUnit.Items or MentionUnit.Projects or MentionUnit.Organizations or MentionUnit.Countries
                    or MentionUnit.Documents or MentionUnit.Persons or MentionUnit.Trains ? mentions[j] : null;
            }
        }

        return null;
    }
}
