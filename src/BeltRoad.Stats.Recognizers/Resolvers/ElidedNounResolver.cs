using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// A bare number whose noun was written before it, as English leaves it out after a cue word (table
/// <c>headNounBehindCues</c>): the noun the clause is about ("the number of daily freight trains rising from two … to 14",
/// "bringing its total approved membership to 86"), the figure just stated ("1.56 million passengers, up from 1.18
/// million"), or, after a back-reference ("the figure has soared to 2,700"), the last count before it. Every look is
/// bounded, so the pass stays linear.
/// </summary>
internal sealed class ElidedNounResolver(ScanText text, HeadNounResolver headNouns, IReadOnlyList<Mention> emitted)
{
    // How far back a cue's sentence is read for its noun, and how far back a back-reference reaches for its count.
    private const int SentenceWindow = 160;
    private const int BackReferenceWindow = 400;
    private const int LongestCue = 16;

    private readonly CultureTables tables = text.Tables;

    /// <summary>
    /// The unit of the noun behind the bare number starting at <paramref name="numberStart"/>, its prefix words from
    /// <paramref name="prefixStart"/>: the cue may stand before the prefixes, before the qualifier among them ("grown from
    /// more than 600,000": at <paramref name="qualifierStart"/>) or be the last of them ("can exceed 21,000").
    /// </summary>
    public bool TryNounBehind(MentionDraft given, int prefixStart, int qualifierStart, int numberStart, out MentionDraft draft)
    {
        draft = given;
        if (tables.HeadNounBehindCues.Count == 0 || !(CueBefore(prefixStart, out var cueStart, out var cue)
            || (qualifierStart > prefixStart && CueBefore(qualifierStart, out cueStart, out cue)) || CueBefore(numberStart, out cueStart, out cue)))
        {
            return false;
        }

        var sentence = text.SentenceStart(cueStart, SentenceWindow);
        var unit = MentionUnit.None;
        if (cue != BehindCue.Subject)
        {
            unit = LastCount(sentence, cueStart, counts: cue == BehindCue.Coordinate);
        }

        if (unit == MentionUnit.None && cue != BehindCue.Coordinate && SubjectNoun(sentence, cueStart, out var nounStart, out var nounEnd, out var noun))
        {
            unit = headNouns.InContext(noun, nounStart, nounEnd, prefixStart);
        }

        if (unit == MentionUnit.None && cue != BehindCue.Coordinate && BackReference(sentence, cueStart))
        {
            unit = LastCount(Math.Max(0, cueStart - BackReferenceWindow), cueStart, counts: true);
        }

        if (unit == MentionUnit.None)
        {
            return false;
        }

        draft = draft with { Kind = MentionKind.Quantity, Unit = unit };
        return true;
    }

    /// <summary>"20 partner countries and … in 17 of them": the first count of the sentence is what "of them" counts.</summary>
    public bool TryCountOfPronoun(MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        var k = text.SkipInline(draft.End);
        if (tables.CountPronouns.Match(text.Text, k, out _) is not (var length and > 0) || !text.WordBoundaryAfter(k + length))
        {
            return false;
        }

        var unit = FirstCount(text.SentenceStart(draft.Start, SentenceWindow), draft.Start);
        if (unit == MentionUnit.None)
        {
            return false;
        }

        draft = draft with { Kind = MentionKind.Quantity, Unit = unit };
        return true;
    }

    // The cue word that ends right before the number or its prefixes ("to", "up from", "exceed").
    private bool CueBefore(int at, out int cueStart, out BehindCue cue)
    {
        var end = at;
        while (end > 0 && Tables.CharFold.IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        var length = tables.HeadNounBehindCues.MatchEndingAt(text.Text, end, LongestCue, out cue);
        cueStart = end - length;
        return length > 0 && end < at && (cueStart == 0 || !char.IsAsciiLetter(text[cueStart - 1]));
    }

    // The nearest head noun in the sentence before the cue that no figure counts already, the longest one ending there
    // ("passenger trips", not "trips").
    private bool SubjectNoun(int sentence, int cueStart, out int nounStart, out int nounEnd, out MentionUnit unit)
    {
        (nounStart, nounEnd, unit) = (0, 0, MentionUnit.None);
        for (var q = cueStart - 1; q >= sentence; q--)
        {
            if (!WordStart(q) || tables.HeadNouns.Match(text.Text, q, out var found) is not (var length and > 0)
                || q + length > cueStart || !text.WordBoundaryAfter(q + length) || Counted(q))
            {
                continue;
            }

            (nounStart, nounEnd, unit) = (q, q + length, found);
            for (var p = q - 1; p >= sentence && p >= q - LongestCue; p--)
            {
                if (WordStart(p) && tables.HeadNouns.Match(text.Text, p, out var longer) == nounEnd - p)
                {
                    (nounStart, unit) = (p, longer);
                }
            }

            ScanMeter.Add(cueStart - q);
            return true;
        }

        ScanMeter.Add(cueStart - sentence);
        return false;
    }

    private bool WordStart(int q) => char.IsAsciiLetterOrDigit(text[q]) && (q == 0 || !char.IsAsciiLetterOrDigit(text[q - 1]));

    // A noun inside a mention already emitted is that figure's ("from 57 founding members … to 70" looks further back).
    private bool Counted(int at)
    {
        for (var i = emitted.Count - 1; i >= 0 && emitted[i].End > at - SentenceWindow; i--)
        {
            if (emitted[i].Start <= at && at < emitted[i].End && emitted[i].Kind == MentionKind.Quantity)
            {
                return true;
            }
        }

        return false;
    }

    private bool BackReference(int sentence, int cueStart)
    {
        for (var q = sentence; q < cueStart; q++)
        {
            if (WordStart(q) && tables.BackReferences.Match(text.Text, q, out _) is var length and > 0 && text.WordBoundaryAfter(q + length))
            {
                return true;
            }
        }

        return false;
    }

    private MentionUnit FirstCount(int from, int to)
    {
        var unit = MentionUnit.None;
        for (var i = emitted.Count - 1; i >= 0 && emitted[i].End > from; i--)
        {
            var m = emitted[i];
            if (m.Kind == MentionKind.Quantity && m.Start >= from && m.End <= to && IsCount(m.Unit))
            {
                unit = m.Unit;
            }
        }

        return unit;
    }

    private static bool IsCount(MentionUnit unit) =>
        unit is not (MentionUnit.None or MentionUnit.USD or MentionUnit.CNY or MentionUnit.EUR or MentionUnit.OtherCurrency or MentionUnit.Percent or MentionUnit.PercentagePoints);

    // The unit of the last figure emitted in [from, to): any amount or count, or (for a back-reference) a count only.
    private MentionUnit LastCount(int from, int to, bool counts)
    {
        for (var i = emitted.Count - 1; i >= 0 && emitted[i].End > from; i--)
        {
            var m = emitted[i];
            if (m.Kind == MentionKind.Quantity && m.Start >= from && m.End <= to && m.Unit != MentionUnit.None && (!counts || IsCount(m.Unit)))
            {
                return m.Unit;
            }
        }

        return MentionUnit.None;
    }
}
