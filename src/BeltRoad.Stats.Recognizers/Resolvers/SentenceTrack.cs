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
    // How far back from a position the sentence is read: further back, what it says is not looked at (a cue's noun
    // stands within this window), so a long stretch with no cue is skipped, not read.
    private const int Window = 160;

    private readonly CultureTables tables = text.Tables;
    private int readTo;

    // The first emitted mention not yet wholly before the reading position.
    private int nextMention;

    public int SentenceStart { get; private set; }

    /// <summary>The last head noun read in the sentence that no emitted figure counts, the longest ending there; Start is -1 when none.</summary>
    public (int Start, int End, MentionUnit Unit) Noun { get; private set; } = (-1, -1, MentionUnit.None);

    public bool PointsBack { get; private set; }

    /// <summary>Reads on to <paramref name="to"/> (exclusive), from at most <see cref="Window"/> characters back.</summary>
    public void ReadTo(int to)
    {
        if (to < readTo || to - readTo > Window)
        {
            // A jump (or, rarely, a step back): what lies further back than the window is not read.
            nextMention = to < readTo ? 0 : nextMention;
            var from = Math.Max(0, to - Window);
            (readTo, SentenceStart, Noun, PointsBack) = (from, from, (-1, -1, MentionUnit.None), false);
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
