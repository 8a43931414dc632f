namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// A line of a table flattened into text (what the format readers write for a table row, a Markdown table's row):
/// the one definition both the header rule (indicator) and the caption rule (as_of) ask.
/// </summary>
internal static class TableLine
{
    public const char Cell = '|';

    /// <summary>The line the index stands in, without its line break ('\r' included): where table rows are read.</summary>
    public static (int Start, int End) Around(string text, int at)
    {
        var start = at <= 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end;
        return (start, end > start && text[end - 1] == '\r' ? end - 1 : end);
    }

    /// <summary>Two cells or more between |, an outer | on either side not counted; <paramref name="cells"/> says how many.</summary>
    public static bool IsRow(ReadOnlySpan<char> line, out int cells)
    {
        line = line.Trim();
        if (line.StartsWith(Cell))
        {
            line = line[1..];
        }

        if (line.EndsWith(Cell))
        {
            line = line[..^1];
        }

        cells = line.Count(Cell) + 1;
        return cells >= 2;
    }

    // How far up a header is looked for: each figure of a row walks up its table, so a table of thousands of rows (a
    // spreadsheet's) costs rows × this, not rows².
    private const int MaxRowsUp = 200;

    /// <summary>
    /// The table's header line over the row at <paramref name="at"/> and the cell the index stands in: up over the rows of
    /// the same number of cells (and a Markdown rule line) to the table's first line; null in prose or on the first line.
    /// The one header search of the indicator's table rule and the as_of rule's table years.
    /// </summary>
    public static ((int Start, int End) Line, int Column)? Header(string text, int at)
    {
        var (start, end) = Around(text, at);
        if (!IsRow(text.AsSpan(start, end - start), out var cells))
        {
            return null; // most figures stand in prose: one look at their line
        }

        var column = Column(text, start, at);
        var header = (Start: -1, End: -1);
        var lineStart = start;
        for (var up = 0; lineStart > 0 && up < MaxRowsUp; up++)
        {
            var (ps, pe) = Around(text, lineStart - 1);
            if (IsRule(text, ps, pe))
            {
                lineStart = ps;
                continue;
            }

            if (!IsRow(text.AsSpan(ps, pe - ps), out var count) || count != cells)
            {
                break;
            }

            lineStart = ps;
            header = (ps, pe);
        }

        return header.Start < 0 ? null : (header, column);
    }

    /// <summary>The cell <paramref name="column"/> of the row in [start, end) (an outer | not counted), or (-1, -1).</summary>
    public static (int Start, int End) CellAt(string text, int start, int end, int column)
    {
        var at = start;
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < end && text[at] == Cell)
        {
            at++;
        }

        for (var k = 0; k < column; k++)
        {
            var next = text.IndexOf(Cell, at, end - at);
            if (next < 0)
            {
                return (-1, -1);
            }

            at = next + 1;
        }

        var cellEnd = text.IndexOf(Cell, at, end - at);
        return (at, cellEnd < 0 ? end : cellEnd);
    }

    // 「|---|:---:|」: the line under a Markdown table's header.
    private static bool IsRule(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).Trim();
        return line.Length > 0 && line.Contains('-') && !line.ContainsAnyExcept("|-: ");
    }

    // The cell the index stands in: the separators before it, an outer | not counted.
    private static int Column(string text, int lineStart, int at)
    {
        var before = text.AsSpan(lineStart, at - lineStart).TrimStart();
        if (before.StartsWith(Cell))
        {
            before = before[1..];
        }

        return before.Count(Cell);
    }
}
