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
}
