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

    /// <summary>
    /// "Energy: USD3,262.8 million (27.1%)", "1. Pakistan: $31.9 billion": a short line of a label (no digit in it, a list's
    /// number or bullet before it aside), a colon and a value holding a digit, ending no sentence: a breakdown's row under
    /// its caption, as a table's row between | is.
    /// </summary>
    public static bool IsLabelledValue(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is 0 or > MaxLabelledLine || line[^1] is '.' or '。' or '!' or '?' or '！' or '？' or ';' or '；')
        {
            return false;
        }

        var colon = line.IndexOfAny(':', '：');
        if (colon <= 0 || colon > MaxLabel)
        {
            return false;
        }

        // A list's number ("1.", "2)") or bullet before the label.
        var label = line[..colon].TrimStart("-•·▪*").TrimStart();
        var number = 0;
        while (number < label.Length && char.IsAsciiDigit(label[number]))
        {
            number++;
        }

        if (number > 0 && number < label.Length && label[number] is '.' or ')')
        {
            label = label[(number + 1)..];
        }

        return label.Trim().Length > 0 && !label.ContainsAnyInRange('0', '9') && line[(colon + 1)..].ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// The first cell of the row the index stands in — the line's words before its first colon, cell bar or tab, an outer
    /// bar aside, no digit among them and ending before the index ("Energy: 27%", "Transport | $46.1bn | 28.8%",
    /// "Capital adequacy ratio: 11.78%"), or a breakdown's bare row, words and the one value ending the line, in a run of
    /// such lines ("South Asia 30%" over "Southeast Asia 27%": an infographic's list under its caption) — or null where the
    /// line is no such row.
    /// </summary>
    public static (int Start, int End)? FirstCell(string text, int at)
    {
        var line = Around(text, at);
        var cellStart = line.Start;
        while (cellStart < at && text[cellStart] is ' ' or Cell)
        {
            cellStart++;
        }

        var cellEnd = text.AsSpan(cellStart, at - cellStart).IndexOfAny(RowSeparators);
        if (cellEnd < 0 && BareRow(text, line.Start, line.End, at))
        {
            cellEnd = text.AsSpan(cellStart, at - cellStart).TrimEnd().Length;
        }

        return cellEnd <= 0 || text.AsSpan(cellStart, cellEnd).ContainsAnyInRange('0', '9') ? null : (cellStart, cellStart + cellEnd);
    }

    /// <summary>
    /// Whether the index stands in a row of a breakdown or table — cells between bars, a short labelled value ("Energy: 27%"),
    /// or a bare row in a run of them ("South Asia 30%") — not in prose that merely holds a colon.
    /// </summary>
    public static bool IsBreakdownRow(string text, int at)
    {
        var (start, end) = Around(text, at);
        var line = text.AsSpan(start, end - start);
        return IsRow(line, out _) || IsLabelledValue(line) || BareRow(text, start, end, at);
    }

    // "South Asia 30%": a short line of words (no digit) and one value after a space, ending it, with a line of that shape
    // right above or below (a blank line between aside): one row of a breakdown listed without cells.
    private static bool BareRow(string text, int start, int end, int at) =>
        BareRowShape(text.AsSpan(start, end - start), at - start)
        && (NeighbourIsBareRow(text, start, up: true) || NeighbourIsBareRow(text, end, up: false));

    private static bool NeighbourIsBareRow(string text, int from, bool up)
    {
        for (var k = 0; k < 2; k++)
        {
            if (up ? from <= 0 : from >= text.Length)
            {
                return false;
            }

            var (start, end) = Around(text, up ? from - 1 : Math.Min(text.Length, from + 1));
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                // The first row may have been joined to the caption above it (a line break repaired): its label keeps
                // the caption's words and year, so only its value ending the line is asked of a neighbour.
                return BareRowShape(line, line.LastIndexOf(' ') + 1, neighbour: true);
            }

            from = up ? start : end;
        }

        return false;
    }

    // A line (≤ MaxLabelledLine) of words with no digit (a neighbour's may hold one), a space, then one token at valueAt
    // holding a digit that ends it.
    private static bool BareRowShape(ReadOnlySpan<char> line, int valueAt, bool neighbour = false)
    {
        line = line.TrimEnd();
        return line.Length <= MaxLabelledLine && valueAt > 1 && valueAt < line.Length && line[valueAt - 1] == ' '
            && (neighbour || !line[..valueAt].ContainsAnyInRange('0', '9')) && !line[..valueAt].Trim().IsEmpty
            && line[valueAt..].IndexOf(' ') < 0 && line[valueAt..].ContainsAnyInRange('0', '9')
            && line[..valueAt].IndexOfAny(SentenceMarks) < 0;
    }

    // A label that holds a sentence's marks is prose, not a row's label.
    private static readonly char[] SentenceMarks = ['.', '。', ';', '；', '!', '?'];

    /// <summary>What ends a row's first cell: a label's colon, a table's cell bar, a tab.</summary>
    internal static readonly char[] RowSeparators = [':', '：', Cell, '\t'];

    // The longest line a labelled value may be, and the longest label before its colon.
    private const int MaxLabelledLine = 80;
    private const int MaxLabel = 48;

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

    // How long a row parted by blanks may be: longer lines are prose, never split.
    private const int MaxSpacedRow = 160;

    // The blanks a row's cells may be parted by (the normalised text writes the full-width space as a space).
    private static readonly System.Buffers.SearchValues<char> LineBlanks = System.Buffers.SearchValues.Create(" \t\u3000\u00a0");

    // Fewer cells than this parted by blanks are a label and its value, not a table.
    private const int MinSpacedCells = 3;

    /// <summary>
    /// A row of a table whose cells blanks part, the one reading of such a row (the as_of rules' row years and column
    /// years, the indicator's header search): a line of at most 160 characters with no '|' that holds a tab (a PDF's or a
    /// spreadsheet's row copied: "Real GDP growth (percent)\t2.5\t2.7", 「二○二一\t19,630」; a tab parts cells whatever their
    /// number) or that blanks part (<see cref="Parts"/>: two or more, or one beside text that is not ASCII) into three
    /// cells or more (「2013年　872.3亿元　38.4%」; fewer are a label and its value). Its cells' count, 0 for any other line.
    /// </summary>
    public static int SpacedRow(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        // Most lines are prose: too long, or (most Chinese lines) holding no blank at all, one vectorised look each.
        if (end - start > MaxSpacedRow || line.Contains(Cell) || !line.ContainsAny(LineBlanks))
        {
            return 0;
        }

        var tabbed = line.Contains('\t');
        if (tabbed && line.Trim().IsEmpty)
        {
            return 0; // blanks alone: no row
        }

        // A row that tabs part counts its empty cells ("Exports\t$5.2 billion\t\t$6.1 billion": four).
        var cells = SpacedCells(text, start, end, -1, -1).Cells;
        return cells >= (tabbed ? 1 : MinSpacedCells) ? cells : 0;
    }

    /// <summary>The cell of the row in [start, end) (<see cref="SpacedRow"/>) that <paramref name="at"/> stands in, or -1 (a blank).</summary>
    public static int SpacedColumn(string text, int start, int end, int at)
    {
        var cells = new SpacedCellWalker(text, start, end);
        for (var cell = 0; cells.Next(out var found); cell++)
        {
            if (found.Start <= at && at < found.End)
            {
                return cell;
            }
        }

        return -1;
    }

    /// <summary>
    /// A table whose cells blanks part (<see cref="SpacedRow"/>: 「年份　进出口　占全省比重」 over 「2013年　872.3亿元　38.4%」,
    /// the full-width spaces normalised to spaces; "Year\tTrade\tChange"): the header line over the row at
    /// <paramref name="at"/> — up over rows of as many cells to the first line of as many cells holding no digit — and the
    /// cell the figure fills. Null unless the figure at [<paramref name="at"/>, <paramref name="end"/>) fills a cell of its own.
    /// </summary>
    public static ((int Start, int End) Line, int Column)? SpacedHeader(string text, int at, int end)
    {
        var (start, lineEnd) = Around(text, at);
        if ((at > start && !Blank.Is(text[at - 1])) || (end < lineEnd && !Blank.Is(text[end])) || SpacedRow(text, start, lineEnd) is not (> 0 and var cells))
        {
            return null;
        }

        var column = SpacedCells(text, start, lineEnd, at, end).Column;
        if (column < 0)
        {
            return null;
        }

        var lineStart = start;
        for (var up = 0; lineStart > 0 && up < MaxRowsUp; up++)
        {
            var (ps, pe) = Around(text, lineStart - 1);
            if (SpacedRow(text, ps, pe) != cells)
            {
                return null;
            }

            if (!text.AsSpan(ps, pe - ps).ContainsAnyInRange('0', '9'))
            {
                return ((ps, pe), column);
            }

            lineStart = ps;
        }

        return null;
    }

    /// <summary>
    /// The cell <paramref name="column"/> of a row blanks part (<see cref="SpacedHeader"/>), or (-1, -1); an empty cell of a
    /// row that tabs part is the empty span at its tab.
    /// </summary>
    public static (int Start, int End) SpacedCellAt(string text, int start, int end, int column)
    {
        var cells = new SpacedCellWalker(text, start, end);
        for (var cell = 0; cells.Next(out var found); cell++)
        {
            if (cell == column)
            {
                return found;
            }
        }

        return (-1, -1);
    }

    /// <summary>
    /// The cells of a row blanks part (<see cref="SpacedRow"/>), left to right in one pass: the one walk every reader of
    /// such a row takes, so a reader of every cell does not start again from the line's start for each.
    /// </summary>
    public struct SpacedCellWalker(string text, int start, int end)
    {
        private readonly bool _tabbed = Tabbed(text, start, end);
        private int _k = start;

        /// <summary>The next cell (an empty cell of a row that tabs part is the empty span at its tab); false when none is left.</summary>
        public bool Next(out (int Start, int End) cell)
        {
            cell = NextSpacedCell(text, ref _k, end, _tabbed);
            return cell.Start >= 0;
        }
    }

    // How many cells blanks part the line into, and the one [at, figureEnd) fills exactly (-1 where it fills none): one pass.
    private static (int Cells, int Column) SpacedCells(string text, int start, int end, int at, int figureEnd)
    {
        var (cells, column, walker) = (0, -1, new SpacedCellWalker(text, start, end));
        for (; walker.Next(out var found); cells++)
        {
            column = found.Start == at && found.End == figureEnd ? cells : column;
        }

        return (cells, column);
    }

    // Whether the line holds a tab: then tabs alone part its cells, an empty cell kept (a spreadsheet's blank cell).
    private static bool Tabbed(string text, int start, int end) => text.AsSpan(start, end - start).Contains('\t');

    // The next cell of a row blanks part, from k to the end of the line: blanks that do not part cells (Parts) stay inside
    // it; k moves past it and the blanks after it. (-1, -1) when no cell is left. In a line that tabs part (tabbed), each
    // tab ends a cell, "\t\t" holding an empty one, and the cell is trimmed of its spaces.
    private static (int Start, int End) NextSpacedCell(string text, ref int k, int end, bool tabbed)
    {
        if (tabbed)
        {
            return NextTabbedCell(text, ref k, end);
        }

        var cellStart = -1;
        while (k < end)
        {
            if (!Blank.Is(text[k]))
            {
                cellStart = cellStart < 0 ? k : cellStart;
                k++;
                continue;
            }

            var blanks = k;
            while (k < end && Blank.Is(text[k]))
            {
                k++;
            }

            if (cellStart >= 0 && (k == end || Parts(text, blanks, k)))
            {
                return (cellStart, blanks);
            }
        }

        return cellStart >= 0 ? (cellStart, end) : (-1, -1);
    }

    // The next cell of a line that tabs part, from k: the text up to the next tab or the line's end, its blanks trimmed (an
    // empty cell is the empty span at its tab); k moves past the tab. (-1, -1) when k passed the line's end. A tab that
    // ends the line leaves an empty last cell, as a spreadsheet's empty last column is copied.
    private static (int Start, int End) NextTabbedCell(string text, ref int k, int end)
    {
        if (k > end || (k == end && (k == 0 || text[k - 1] != '\t')))
        {
            return (-1, -1);
        }

        var tab = text.IndexOf('\t', k, end - k);
        var cellEnd = tab < 0 ? end : tab;
        var (s, e) = (k, cellEnd);
        while (s < e && Blank.Is(text[s]))
        {
            s++;
        }

        while (e > s && Blank.Is(text[e - 1]))
        {
            e--;
        }

        k = tab < 0 ? end + 1 : tab + 1;
        return s == e ? (cellEnd, cellEnd) : (s, e);
    }

    // Whether the blanks in [start, end) part two cells: a tab, two blanks or more, or one blank beside a character that is
    // not ASCII (「2013年 872.3亿元」); one space between two ASCII characters is inside a cell ("Real GDP growth (percent)").
    private static bool Parts(string text, int start, int end) =>
        end - start > 1 || text[start] == '\t' || (start > 0 && !char.IsAscii(text[start - 1])) || (end < text.Length && !char.IsAscii(text[end]));

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
