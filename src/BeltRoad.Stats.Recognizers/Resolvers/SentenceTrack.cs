using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// What the text so far says about the sentence the scan is in, read forward once: where the sentence starts, its last
/// head noun that no figure counts, and whether it pointed back ("the figure"). <see cref="ElidedNounResolver"/> asks it at
/// each cue, so a noun written before a number is found without reading the sentence again for every number.
/// </summary>
internal sealed class SentenceTrack(ScanText text, IReadOnlyList<Mention> emitted)
{
    // Read back this far when asked about a position before the last one (the scan only moves forward, so rarely).
    private const int Rewind = 160;

    private readonly CultureTables tables = text.Tables;
    private int readTo;

    // The first emitted mention not yet wholly before the reading position.
    private int nextMention;

    public int SentenceStart { get; private set; }

    /// <summary>The last head noun read in the sentence that no emitted figure counts, the longest ending there; Start is -1 when none.</summary>
    public (int Start, int End, MentionUnit Unit) Noun { get; private set; } = (-1, -1, MentionUnit.None);

    public bool PointsBack { get; private set; }

    /// <summary>Reads on to <paramref name="to"/> (exclusive).</summary>
    public void ReadTo(int to)
    {
        if (to < readTo)
        {
            (readTo, SentenceStart, Noun, PointsBack, nextMention) = (Math.Max(0, to - Rewind), Math.Max(0, to - Rewind), (-1, -1, MentionUnit.None), false, 0);
        }

        for (var q = readTo; q < to; q++)
        {
            if (IsSentenceEnd(q))
            {
                (SentenceStart, Noun, PointsBack) = (q + 1, (-1, -1, MentionUnit.None), false);
            }
            else if (char.IsAsciiLetterOrDigit(text[q]) && (q == 0 || !char.IsAsciiLetterOrDigit(text[q - 1])))
            {
                Word(q, to);
            }
        }

        ScanMeter.Add(to - readTo);
        readTo = to;
    }

    private void Word(int q, int to)
    {
        if (tables.HeadNouns.Match(text.Text, q, out var unit) is var length and > 0 && q + length <= to && text.WordBoundaryAfter(q + length)
            && q + length > Noun.End && !Counted(q))
        {
            Noun = (q, q + length, unit);
        }

        if (tables.BackReferences.Match(text.Text, q, out _) is var back and > 0 && text.WordBoundaryAfter(q + back))
        {
            PointsBack = true;
        }
    }

    private bool IsSentenceEnd(int k) =>
        text[k] is '\n' or '\r' or '!' or '?' or '。' || (text[k] == '.' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]));

    // A noun inside a count already emitted is that figure's ("from 57 founding members … to 70" looks further back).
    // Positions only grow while reading, so the mentions are walked once.
    private bool Counted(int at)
    {
        while (nextMention < emitted.Count && emitted[nextMention].End <= at)
        {
            nextMention++;
        }

        return nextMention < emitted.Count && emitted[nextMention].Start <= at && emitted[nextMention].Kind == MentionKind.Quantity;
    }
}
