namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// The length of a full line in a document set in a narrow column (a news PDF's 12–20 characters a line, a two-column
/// layout), where every line is shorter than <see cref="TextNormalizer"/>'s heading length and no broken sentence would
/// otherwise be joined. Chinese is set on a grid: a column's wrapped prose lines all hold the same number of characters,
/// and a line with half-width digits or letters holds more, never fewer. So the most common length among short lines
/// of Chinese prose is the column's width, once enough lines share it; a shorter line ends a paragraph or is a title.
/// Lines with many digits or Latin letters (a table's rows, a list of figures) do not vote: rows of equal length are
/// not a column of text.
/// </summary>
internal static class NarrowColumn
{
    /// <summary>Lines that must share the width, and the least share of the document's non-blank lines they make.</summary>
    private const int MinLines = 8;
    private const int MinShareDivisor = 4;

    /// <summary>Narrower than this is a list of labels or a menu, not a column of prose.</summary>
    private const int MinWidth = 8;

    /// <summary>A voting line is at least this share Chinese (ideographs, CJK punctuation, full-width forms), in tenths.</summary>
    private const int MinChineseTenths = 8;

    /// <summary>
    /// The full-line length of <paramref name="text"/>'s narrow column, or null when its lines shorter than
    /// <paramref name="shorterThan"/> do not make one.
    /// </summary>
    public static int? FullLineLength(string text, int shorterThan)
    {
        Span<int> lengths = stackalloc int[shorterThan];
        var lines = 0;
        for (var rest = text.AsSpan(); !rest.IsEmpty;)
        {
            // Lines end at \n, as the normalizer's do; a \r (of \r\n, or alone) ends one too, and a page break's \f at a
            // line's start is trimmed. Not EnumerateLines: its search for every Unicode line break (also \f, U+2028…)
            // checks each non-ASCII character one by one, and Chinese text is all such characters (a fresh 100 MB run:
            // 0.8 s of CPU here, more than the recognizer's own search).
            var end = rest.IndexOfAny('\r', '\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            lines++;
            if (line.Length >= MinWidth && line.Length < shorterThan && IsChineseProse(line))
            {
                lengths[line.Length]++;
            }
        }

        var width = 0;
        for (var length = MinWidth; length < shorterThan; length++)
        {
            width = lengths[length] > lengths[width] ? length : width;
        }

        return lengths[width] >= MinLines && lengths[width] * MinShareDivisor >= lines ? width : null;
    }

    private static bool IsChineseProse(ReadOnlySpan<char> line)
    {
        var chinese = 0;
        foreach (var c in line)
        {
            // From CJK radicals on: ideographs, CJK punctuation (，。、《》) and full-width forms (（）：；).
            chinese += c >= '\u2E80' ? 1 : 0;
        }

        return chinese * 10 >= line.Length * MinChineseTenths;
    }
}
