namespace BeltRoad.Stats.Pdf.Text;

/// <summary>
/// Greedy line breaking for mixed Chinese/Latin text: breaks between CJK characters, at spaces in
/// Latin, never inside a number with its unit, and never against the punctuation rules in
/// <see cref="LineBreakRules"/>. A single unit wider than the line is cut where it overflows.
/// </summary>
internal static class LineBreaker
{
    /// <param name="text">The text; '\n' forces a break.</param>
    /// <param name="advances">Width of each UTF-16 index (0 for the low half of a surrogate pair).</param>
    /// <param name="width">Line width.</param>
    /// <param name="firstLineIndent">Space taken at the start of the first line.</param>
    public static List<TextLine> Break(string text, ReadOnlySpan<double> advances, double width, double firstLineIndent = 0)
    {
        var breakBefore = BreakOpportunities(text);
        var lines = new List<TextLine>();
        var pos = 0;
        var available = width - firstLineIndent;
        while (pos < text.Length || lines.Count == 0)
        {
            var start = pos;
            var used = 0.0;
            var lastBreak = -1;
            var i = start;
            var ended = false;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    lines.Add(new TextLine(start, TrimEnd(text, start, i), true));
                    pos = i + 1;
                    ended = true;
                    break;
                }

                if (i > start && breakBefore[i])
                {
                    lastBreak = i;
                }

                if (used + advances[i] > available + 1e-9 && i > start && !IsSpace(c) && !char.IsLowSurrogate(c))
                {
                    var end = lastBreak > start ? lastBreak : i;
                    lines.Add(new TextLine(start, TrimEnd(text, start, end), false));
                    pos = SkipSpaces(text, end);
                    ended = true;
                    break;
                }

                used += advances[i];
            }

            if (!ended)
            {
                lines.Add(new TextLine(start, TrimEnd(text, start, text.Length), true));
                pos = text.Length;
            }

            available = width;
        }

        return lines;
    }

    /// <summary>For each index, whether a line may begin there.</summary>
    internal static bool[] BreakOpportunities(string text)
    {
        var can = new bool[text.Length + 1];
        for (var i = 1; i < text.Length; i++)
        {
            can[i] = MayBreakBetween(text, i);
        }

        foreach (var (start, end) in LineBreakRules.ProtectedSpans(text))
        {
            for (var i = start + 1; i < end; i++)
            {
                can[i] = false;
            }
        }

        return can;
    }

    private static bool MayBreakBetween(string text, int i)
    {
        char a = text[i - 1], b = text[i];
        if (char.IsLowSurrogate(b) || IsSpace(b) || a == '\u00A0' || b == '\u00A0')
        {
            return false;
        }

        if (IsSpace(a) || a == '\u200B')
        {
            return true;
        }

        if (LineBreakRules.NoLineStart.Contains(b) || LineBreakRules.NoLineEnd.Contains(a))
        {
            return false;
        }

        if (a == b && LineBreakRules.JoinedWhenDoubled.Contains(a))
        {
            return false;
        }

        if (LineBreakRules.IsCjk(a) || LineBreakRules.IsCjk(b))
        {
            return true;
        }

        // Latin: after the hyphen of a hyphenated word.
        return a == '-' && i >= 2 && char.IsLetter(text[i - 2]) && char.IsLetter(b);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipSpaces(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }

        return pos;
    }
}
