using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A table flattened into lines (「国别 | 金额 | 笔数」, "Borrower | Amount | Loans", a Markdown table): its header line
/// names the measure of the figures under it, column by column; where a column's header names none of the figure's
/// unit ("Amount", 「金额」), the caption does ("Table 1. Chinese loan commitments …"): the line just above the table, or
/// the header's first cell where the text joined the caption to it.
/// </summary>
internal static class TableHeaders
{
    private const char Cell = TableLine.Cell;

    /// <summary>The label the figure's column header (else the table's caption) gives it, or null when it stands in no table row.</summary>
    internal static string? For(FigureContext figure, MeasureWords words)
    {
        if (Header(figure) is not { } found)
        {
            return null;
        }

        var (header, column) = found;

        var text = figure.Text;
        var (cellStart, cellEnd) = CellAt(text, header.Start, header.End, column);
        if (cellStart >= 0 && LabelIn(text, cellStart, cellEnd, figure.Unit, words) is { } label)
        {
            return label;
        }

        // A caption the text joined to the header line ("… by borrower Borrower | Amount | Loans") stands in its first cell.
        var (firstStart, firstEnd) = CellAt(text, header.Start, header.End, 0);
        if (column > 0 && firstStart >= 0 && LabelIn(text, firstStart, firstEnd, figure.Unit, words) is { } joined)
        {
            return joined;
        }

        if (header.Start == 0)
        {
            return null;
        }

        var caption = TableLine.Around(text, header.Start - 1);
        return IsRow(text, caption.Start, caption.End, out _) ? null : LabelIn(text, caption.Start, caption.End, figure.Unit, words);
    }

    /// <summary>
    /// The label the figure's own column header gives it ("Stake" over "| 60% |" → 持股比例, "Coupon (%)" → 票面利率), never
    /// the caption's; null when it stands in no table row or its header names no measure of its unit.
    /// </summary>
    internal static string? ColumnLabel(FigureContext figure, MeasureWords words) =>
        ColumnHeader(figure) is { } cell ? LabelIn(figure.Text, cell.Start, cell.End, figure.Unit, words) : null;

    /// <summary>Where the header cell of the figure's column stands ("Loans" over "| 2"), or null when it stands in no table row.</summary>
    internal static (int Start, int End)? ColumnHeader(FigureContext figure)
    {
        if (Header(figure) is not { } found)
        {
            return null;
        }

        var (header, column) = found;

        var (start, end) = CellAt(figure.Text, header.Start, header.End, column);
        return start < 0 ? null : (start, end);
    }

    // The table's header line over the figure's row and the figure's column: up over the rows of the same shape (and a
    // Markdown rule line) to the table's first line.
    private static ((int Start, int End) Line, int Column)? Header(FigureContext figure)
    {
        var text = figure.Text;
        var (start, end) = TableLine.Around(text, figure.Mention.Start);
        if (!IsRow(text, start, end, out var cells))
        {
            return null; // most figures stand in prose: one look at their line
        }

        var column = Column(text, start, figure.Mention.Start);
        var header = (Start: -1, End: -1);
        var lineStart = start;
        while (lineStart > 0)
        {
            var (ps, pe) = TableLine.Around(text, lineStart - 1);
            if (IsRule(text, ps, pe))
            {
                lineStart = ps;
                continue;
            }

            if (!IsRow(text, ps, pe, out var count) || count != cells)
            {
                break;
            }

            lineStart = ps;
            header = (ps, pe);
        }

        return header.Start < 0 ? null : (header, column);
    }

    // The catalogue's label for the unit of the longest cue in [start, end), the first of equals.
    private static string? LabelIn(string text, int start, int end, Domain.Unit unit, MeasureWords words)
    {
        var hits = new List<MeasureHit>();
        words.FindAll(text, start, end, hits);
        string? label = null;
        var length = 0;
        foreach (var hit in hits)
        {
            if (hit.WholeInText && hit.End - hit.Start > length && words[hit.Word].LabelFor(unit) is { } found)
            {
                (label, length) = (found, hit.End - hit.Start);
            }
        }

        return label;
    }

    private static bool IsRow(string text, int start, int end, out int cells) => TableLine.IsRow(text.AsSpan(start, end - start), out cells);

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

    private static (int Start, int End) CellAt(string text, int start, int end, int column)
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
}
