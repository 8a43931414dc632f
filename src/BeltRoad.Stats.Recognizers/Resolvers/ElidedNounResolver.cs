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
    // How far before the cue the subject noun may end, and how far back a back-reference reaches for its count.
    private const int NounWindow = 160;
    private const int BackReferenceWindow = 400;
    private const int LongestCue = 16;

    private readonly CultureTables tables = text.Tables;
    // Made at the first cue: most texts of a line or two never need it.
    private SentenceTrack? track;

    private SentenceTrack Sentence => track ??= new SentenceTrack(text, emitted);

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

        var sentence = Sentence;
        sentence.ReadTo(cueStart);
        var unit = MentionUnit.None;
        if (cue is BehindCue.Previous or BehindCue.Compared or BehindCue.Coordinate)
        {
            unit = LastFigure(sentence.SentenceStart, cueStart, countsOnly: cue == BehindCue.Coordinate);
        }

        if (cue == BehindCue.Compared)
        {
            draft = unit == MentionUnit.None ? draft : draft with { Kind = MentionKind.Quantity, Unit = unit };
            return unit != MentionUnit.None;
        }

        if (unit == MentionUnit.None && cue != BehindCue.Coordinate && sentence.Noun is var (nounStart, nounEnd, noun) && nounStart >= 0
            && cueStart - nounEnd <= NounWindow)
        {
            unit = headNouns.InContext(noun, nounStart, nounEnd, prefixStart);
        }

        if (unit == MentionUnit.None && cue != BehindCue.Coordinate && sentence.PointsBack)
        {
            unit = LastFigure(Math.Max(0, cueStart - BackReferenceWindow), cueStart, countsOnly: true);
        }

        if (unit == MentionUnit.None && cue == BehindCue.Span && SpanStart(sentence.SentenceStart, cueStart) is var from and >= 0)
        {
            unit = LastFigure(from, cueStart, countsOnly: true);
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

        Sentence.ReadTo(draft.Start);
        var unit = FirstCount(Sentence.SentenceStart, draft.Start);
        if (unit == MentionUnit.None)
        {
            return false;
        }

        draft = draft with { Kind = MentionKind.Quantity, Unit = unit };
        return true;
    }

    // Where the last cue of a span's start ("from") stands in the sentence before the span's end ("to"), else -1.
    private int SpanStart(int sentenceStart, int to)
    {
        for (var q = to - 1; q >= Math.Max(sentenceStart, to - NounWindow); q--)
        {
            if ((q == 0 || !char.IsAsciiLetter(text[q - 1])) && char.IsAsciiLetter(text[q]) && tables.HeadNounBehindCues.Match(text.Text, q, out var c) is var length and > 0
                && c == BehindCue.SpanStart && text.WordBoundaryAfter(q + length))
            {
                return q;
            }
        }

        return -1;
    }

    // The cue word that ends right before the number or its prefixes ("to", "up from", "exceed").
    private bool CueBefore(int at, out int cueStart, out BehindCue cue)
    {
        cueStart = text.WordsEndingAt(tables.HeadNounBehindCues, at, LongestCue, out cue);
        return cueStart >= 0;
    }

    private MentionUnit FirstCount(int from, int to)
    {
        var unit = MentionUnit.None;
        for (var i = emitted.Count - 1; i >= 0 && emitted[i].End > from; i--)
        {
            var m = emitted[i];
            if (m.Kind == MentionKind.Quantity && m.Start >= from && m.End <= to && m.Unit.IsCount())
            {
                unit = m.Unit;
            }
        }

        return unit;
    }

    // The unit of the last figure emitted in [from, to): any amount or count, or a count only.
    private MentionUnit LastFigure(int from, int to, bool countsOnly)
    {
        for (var i = emitted.Count - 1; i >= 0 && emitted[i].End > from; i--)
        {
            var m = emitted[i];
            if (m.Kind == MentionKind.Quantity && m.Start >= from && m.End <= to && m.Unit != MentionUnit.None && (!countsOnly || m.Unit.IsCount()))
            {
                return m.Unit;
            }
        }

        return MentionUnit.None;
    }
}
