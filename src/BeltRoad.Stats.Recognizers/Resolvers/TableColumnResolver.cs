using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// A bare number alone in a cell of a table flattened into lines ("Nigeria | $1,005m | 2" under "Borrower | Amount |
/// Loans") counts what its column's header names. Rows and the lines above are read within fixed bounds, and the header
/// of the table being read is remembered, so a long table costs each cell a constant.
/// </summary>
internal sealed class TableColumnResolver(ScanText text)
{
    // A longer line is prose, not a row; a table's header is looked for at most this many lines up.
    private const int LongestRow = 400;
    private const int TallestTable = 80;

    private readonly CultureTables tables = text.Tables;

    // The table last read: its header line and the start of the lowest row known to belong to it.
    private (int HeaderStart, int HeaderEnd, int LowestRow) known = (-1, -1, -1);

    // The line the scan is in, read forward once: where it starts and how many separators stand in it so far.
    private (int ReadTo, int LineStart, int Separators) line;

    public bool TryColumnNoun(MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        if (tables.CellSeparators.Count == 0 || !AloneInCell(draft.Start, draft.End, out var rowStart, out var column)
            || !Header(rowStart, out var headerStart, out var headerEnd) || Cell(headerStart, headerEnd, column) is not { } cell)
        {
            return false;
        }

        for (var q = cell.Start; q < cell.End; q++)
        {
            if (!char.IsAsciiLetter(text[q]) || (q > cell.Start && char.IsAsciiLetter(text[q - 1])))
            {
                continue;
            }

            if (tables.HeadNouns.Match(text.Text, q, out var unit) is var length and > 0 && q + length <= cell.End && text.WordBoundaryAfter(q + length))
            {
                draft = draft with { Kind = MentionKind.Quantity, Unit = unit };
                return true;
            }

            // "Flows to partner countries", "Investment in BRI countries": a noun after a barrier word is where the
            // column's measure goes, not what it counts.
            if (tables.HeadNounBarriers.Match(text.Text, q, out _) is var barrier and > 0 && text.WordBoundaryAfter(q + barrier))
            {
                return false;
            }
        }

        return false;
    }

    // "| 2 |", "| 2" at the line's end: nothing but blanks between the number and the separators; the cell's column.
    private bool AloneInCell(int start, int end, out int rowStart, out int column)
    {
        (rowStart, column) = (-1, 0);
        var before = start - 1;
        while (before >= 0 && CharFold.IsInlineSpace(text[before]))
        {
            before--;
        }

        var after = text.SkipInline(end);
        if (before < 0 || !tables.CellSeparators.Contains(text[before]) || (after < text.Length && !tables.CellSeparators.Contains(text[after]) && text[after] is not ('\n' or '\r')))
        {
            return false;
        }

        ReadLineTo(start);
        (rowStart, column) = (line.LineStart, line.Separators);
        return start - rowStart <= LongestRow;
    }

    private void ReadLineTo(int to)
    {
        if (to < line.ReadTo)
        {
            // The scan moves forward, so this is rare: read the longest row back, its start unknown unless a break shows it.
            var from = Math.Max(0, to - LongestRow - 1);
            line = (from, from == 0 ? 0 : int.MinValue / 2, 0);
        }

        var (lineStart, separators) = (line.LineStart, line.Separators);
        for (var k = line.ReadTo; k < to; k++)
        {
            if (text[k] is '\n' or '\r')
            {
                (lineStart, separators) = (k + 1, 0);
            }
            else if (tables.CellSeparators.Contains(text[k]))
            {
                separators++;
            }
        }

        ScanMeter.Add(to - line.ReadTo);
        line = (to, lineStart, separators);
    }

    // The first line of the block of rows above the row at rowStart (markdown rules |---| skipped). Walking up stops at
    // the lowest row of the table read last, whose header is then this one's: each line is walked over once.
    private bool Header(int rowStart, out int headerStart, out int headerEnd)
    {
        (headerStart, headerEnd) = (-1, -1);
        var line = rowStart;
        for (var lines = 0; lines <= TallestTable; lines++)
        {
            if (line == known.LowestRow)
            {
                (headerStart, headerEnd) = (known.HeaderStart, known.HeaderEnd);
                break;
            }

            var (start, end) = LineAbove(line);
            if (start < 0 || !HasSeparator(start, end))
            {
                break;
            }

            line = start;
            if (!IsRule(start, end))
            {
                (headerStart, headerEnd) = (start, end);
            }
        }

        if (headerStart < 0)
        {
            return false;
        }

        known = (headerStart, headerEnd, rowStart);
        return true;
    }

    // The line before the one starting at lineStart, when it is no longer than a row: (start, end), else (-1, -1).
    private (int Start, int End) LineAbove(int lineStart)
    {
        var end = lineStart - 1;
        if (end >= 0 && text[end] == '\n' && end > 0 && text[end - 1] == '\r')
        {
            end--;
        }

        if (end < 0)
        {
            return (-1, -1);
        }

        for (var k = end - 1; k >= 0 && k >= end - LongestRow; k--)
        {
            if (text[k] is '\n' or '\r')
            {
                ScanMeter.Add(end - k);
                return (k + 1, end);
            }
        }

        return end <= LongestRow ? (0, end) : (-1, -1);
    }

    private bool HasSeparator(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tables.CellSeparators.Contains(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // |---|:--:|: a markdown rule under the header.
    private bool IsRule(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (text[k] is not ('-' or ':' or ' ' or '\t') && !tables.CellSeparators.Contains(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // The span of the header cell after the column-th separator (rows and header both open with one, or neither).
    private (int Start, int End)? Cell(int start, int end, int column)
    {
        var seen = 0;
        var cellStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k == end || tables.CellSeparators.Contains(text[k]))
            {
                if (seen == column)
                {
                    return k > cellStart ? (cellStart, k) : null;
                }

                seen++;
                cellStart = k + 1;
            }
        }

        return null;
    }
}
