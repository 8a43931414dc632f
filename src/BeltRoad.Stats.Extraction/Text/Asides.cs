namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// A bracketed aside where the text goes on ("$26.8 million (Shs101.8 billion) a year", 「（约合人民币2亿元）」): the readers that
/// look past one to the word after it ask here, each with its own reach.
/// </summary>
internal static class Asides
{
    /// <summary>
    /// Where the text goes on after the bracket opening at <paramref name="at"/>, when it closes within
    /// <paramref name="reach"/> characters and before <paramref name="end"/>; <paramref name="at"/> itself otherwise.
    /// </summary>
    public static int Skip(ReadOnlySpan<char> text, int at, int end, int reach)
    {
        if (at >= end || text[at] is not ('(' or '（'))
        {
            return at;
        }

        var close = text[at..Math.Min(end, at + reach)].IndexOfAny(')', '）');
        return close < 0 ? at : at + close + 1;
    }

    /// <summary>
    /// Whether a word at <paramref name="at"/> stands inside an aside — a bracket, or a pair of dashes — opened after
    /// <paramref name="from"/> (the end of an earlier word of its kind) and closed before <paramref name="figure"/>: an example
    /// of that word ("green energy – solar, wind and hydropower – attracted $5.7 billion", "engagement – construction contracts
    /// plus non-financial investment – reached …"), not a word of its own for the figure after the aside.
    /// </summary>
    public static bool IsExample(string text, int from, int at, int figure) => Opener(text, from, at) >= 0 && Opener(text, from, figure) < 0;

    /// <summary>
    /// Where the aside (a bracket, or a pair of dashes) that holds <paramref name="at"/> opened, reading from
    /// <paramref name="from"/>, when it closes before <paramref name="figure"/>; -1 where none does.
    /// </summary>
    public static int OpenedAt(string text, int from, int at, int figure) =>
        Opener(text, from, at) is var opener and >= 0 && Opener(text, opener, figure) < 0 ? opener : -1;

    // Where the aside still open at `at`, read from `from`, opened (the outermost bracket, else the last unpaired dash); -1
    // where none is open.
    private static int Opener(string text, int from, int at)
    {
        var (bracket, depth, dash) = (-1, 0, -1);
        for (var k = from; k < at; k++)
        {
            switch (text[k])
            {
                case '(' or '（':
                    (bracket, depth) = (depth == 0 ? k : bracket, depth + 1);
                    break;
                case (')' or '）') when depth > 0:
                    depth--;
                    break;
                case '–' or '—':
                    dash = dash < 0 ? k : -1;
                    break;
            }
        }

        return depth > 0 ? bracket : dash;
    }
}
