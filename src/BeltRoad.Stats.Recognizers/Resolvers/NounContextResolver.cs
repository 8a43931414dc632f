using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// A head noun whose unit depends on its sentence (table <c>headNounContexts</c>): "trips" after "passenger" are
/// person-times, "people" carried are person-times, "passengers" a train "can carry" are persons, 件 of goods
/// (物资, 货物) are items where 件 of guidelines are documents.
/// </summary>
internal sealed class NounContextResolver(ScanText text)
{
    // How far back in its sentence a context cue may stand before the figure.
    private const int ContextWindow = 100;

    private readonly CultureTables tables = text.Tables;

    /// <summary>
    /// The unit of the head noun at [<paramref name="nounStart"/>, <paramref name="nounEnd"/>) once the sentence before the
    /// figure is read: the table's context rules ("passenger service … 480,000 trips" counts person-times).
    /// </summary>
    public MentionUnit InContext(MentionUnit unit, int nounStart, int nounEnd, int figureStart)
    {
        // A loop over the array: a foreach over an interface would allocate an enumerator for every figure.
        foreach (var rule in tables.HeadNounContexts)
        {
            if (rule.Nouns.Match(text.Text, nounStart, out _) == nounEnd - nounStart && CueBefore(rule.CuesBefore, figureStart) is var cueEnd and >= 0
                && !Blocked(rule.Blockers, cueEnd, figureStart, nounEnd))
            {
                return rule.Unit;
            }
        }

        return unit;
    }

    // How far after the counted noun a blocker may start (逾百家中资企业).
    private const int BlockerReach = 3;

    // A blocker between the cue and the figure, or starting right after the counted noun, names the thing counted.
    private bool Blocked(WordTable<bool> blockers, int cueEnd, int figureStart, int nounEnd)
    {
        if (blockers.Count == 0)
        {
            return false;
        }

        for (var q = cueEnd; q < figureStart; q++)
        {
            if (blockers.Match(text.Text, q, out _) > 0)
            {
                return true;
            }
        }

        for (var q = nounEnd; q < Math.Min(text.Length, nounEnd + BlockerReach); q++)
        {
            if (blockers.Match(text.Text, q, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // A cue word in the figure's sentence before it, at most a short window back: a Latin word at a word start, a Han
    // word anywhere (防疫物资1400余万件: the goods carried make 件 a count of items, not of documents).
    // Returns the end of the last such cue, else -1.
    private int CueBefore(WordTable<bool> cues, int figureStart)
    {
        var end = -1;
        for (var q = text.SentenceStart(figureStart, ContextWindow); q < figureStart; q++)
        {
            if ((char.IsAsciiLetter(text[q]) ? q == 0 || !char.IsAsciiLetter(text[q - 1]) : text[q] is >= '\u4E00' and <= '\u9FFF')
                && cues.Match(text.Text, q, out _) is var length and > 0 && q + length <= figureStart && text.WordBoundaryAfter(q + length))
            {
                end = q + length;
            }
        }

        return end;
    }
}
