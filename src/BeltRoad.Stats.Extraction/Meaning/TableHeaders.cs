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
        if (TableLine.Header(figure.Text, figure.Mention.Start) is not { } found)
        {
            return Spaced(figure, words);
        }

        var (header, column) = found;

        var text = figure.Text;
        var (cellStart, cellEnd) = TableLine.CellAt(text, header.Start, header.End, column);
        if (cellStart >= 0 && LabelIn(text, cellStart, cellEnd, figure.Unit, words) is { } label)
        {
            return label;
        }

        // A caption the text joined to the header line ("… by borrower Borrower | Amount | Loans") stands in its first cell.
        var (firstStart, firstEnd) = TableLine.CellAt(text, header.Start, header.End, 0);
        if (column > 0 && firstStart >= 0 && LabelIn(text, firstStart, firstEnd, figure.Unit, words) is { } joined)
        {
            return joined;
        }

        if (header.Start == 0)
        {
            return null;
        }

        var caption = TableLine.Around(text, header.Start - 1);
        return TableLine.IsRow(text.AsSpan(caption.Start, caption.End - caption.Start), out _) ? null : LabelIn(text, caption.Start, caption.End, figure.Unit, words);
    }

    // A table whose cells blanks part (「年份　进出口　占全省比重」 over 「2013年　872.3亿元　38.4%」): its header cell names the
    // figure's measure, else the caption line above the header (「附：江西省对共建“一带一路”国家进出口情况」).
    private static string? Spaced(FigureContext figure, MeasureWords words)
    {
        if (TableLine.SpacedHeader(figure.Text, figure.Mention.Start, figure.Mention.End) is not { } found)
        {
            return null;
        }

        var ((start, end), column) = found;
        var text = figure.Text;
        var (cellStart, cellEnd) = TableLine.SpacedCellAt(text, start, end, column);
        if (cellStart >= 0 && LabelIn(text, cellStart, cellEnd, figure.Unit, words) is { } label)
        {
            return label;
        }

        if (start == 0)
        {
            return null;
        }

        var caption = TableLine.Around(text, start - 1);
        return LabelIn(text, caption.Start, caption.End, figure.Unit, words);
    }

    /// <summary>
    /// 「香港与「一带一路」经济体的商品贸易」 over 「年份	贸易总额（亿元）	按年变动（%）」: a table whose caption (the first line with
    /// words above its header) names the partner countries after a preposition gives its rows the partners' row of the
    /// header's measure (与共建国家进出口总额), as a sentence naming them does; else <paramref name="label"/>.
    /// </summary>
    internal static string PartnerRow(FigureContext figure, string label, PartnerScope partners)
    {
        var text = figure.Text;
        var headerStart = TableLine.Header(text, figure.Mention.Start) is { } found ? found.Line.Start
            : TableLine.SpacedHeader(text, figure.Mention.Start, figure.Mention.End) is { } spaced ? spaced.Line.Start : -1;
        if (headerStart <= 0 || partners.Scoped(label) is not { } scoped)
        {
            return label;
        }

        var caption = TableLine.Around(text, headerStart - 1);
        while (caption.Start > 0 && text.AsSpan(caption.Start, caption.End - caption.Start).IsWhiteSpace())
        {
            caption = TableLine.Around(text, caption.Start - 1);
        }

        return partners.NamedIn(text, caption.Start, caption.End, label) ? scoped : label;
    }

    /// <summary>
    /// The label the figure's own column header gives it ("Stake" over "| 60% |" → 持股比例, "Coupon (%)" → 票面利率), never
    /// the caption's; null when it stands in no table row or its header names no measure of its unit.
    /// </summary>
    internal static string? ColumnLabel(FigureContext figure, MeasureWords words) =>
        ColumnHeader(figure) is { } cell ? LabelIn(figure.Text, cell.Start, cell.End, figure.Unit, words) : null;

    /// <summary>
    /// The label the first cell of the figure's row gives it ("Capital adequacy ratio: 11.78%" → 资本充足率, "NPL ratio |
    /// 1.2%"), or null where the line is no row or its first cell names no measure of the figure's unit.
    /// </summary>
    internal static string? RowLabel(FigureContext figure, MeasureWords words) =>
        TableLine.FirstCell(figure.Text, figure.Mention.Start) is var (start, end) ? LabelIn(figure.Text, start, end, figure.Unit, words) : null;

    /// <summary>
    /// The header cell of the figure's column in a table of bars or of blanks (「年份　进出口　占全省比重」 over
    /// 「2013年　872.3亿元　38.4%」 → 占全省比重), or null when it stands in no table row.
    /// </summary>
    internal static (int Start, int End)? AnyColumnHeader(FigureContext figure)
    {
        if (ColumnHeader(figure) is { } cell)
        {
            return cell;
        }

        if (TableLine.SpacedHeader(figure.Text, figure.Mention.Start, figure.Mention.End) is not { } found)
        {
            return null;
        }

        var ((start, end), column) = found;
        var (cellStart, cellEnd) = TableLine.SpacedCellAt(figure.Text, start, end, column);
        return cellStart < 0 ? null : (cellStart, cellEnd);
    }

    /// <summary>Where the header cell of the figure's column stands ("Loans" over "| 2"), or null when it stands in no table row.</summary>
    internal static (int Start, int End)? ColumnHeader(FigureContext figure)
    {
        if (TableLine.Header(figure.Text, figure.Mention.Start) is not { } found)
        {
            return null;
        }

        var (header, column) = found;

        var (start, end) = TableLine.CellAt(figure.Text, header.Start, header.End, column);
        return start < 0 ? null : (start, end);
    }

    /// <summary>
    /// The label the caption of a breakdown gives its rows ("Approved Financing by Sector" over "Energy: USD3,262.8 million"
    /// and "Water: USD1,565.2 million"): the first line above the run of rows (lines whose first cell, before a colon, a bar
    /// or a tab, holds words and no digit) that is none, read for a cue of the figure's unit; null where it names none.
    /// </summary>
    internal static string? RowsCaption(FigureContext figure, MeasureWords words)
    {
        var text = figure.Text;
        var line = TableLine.Around(text, figure.Mention.Start);
        for (var k = 0; k < MaxRowsAbove && line.Start > 0; k++)
        {
            line = TableLine.Around(text, line.Start - 1);
            var span = text.AsSpan(line.Start, line.End - line.Start);
            if (span.IsWhiteSpace())
            {
                continue;
            }

            var cell = span.IndexOfAny(TableLine.RowSeparators);
            if (cell <= 0 || span[..cell].ContainsAnyInRange('0', '9') || span[..cell].IsWhiteSpace())
            {
                return LabelIn(text, line.Start, line.End, figure.Unit, words);
            }
        }

        return null;
    }

    // How far up a breakdown's caption is looked for, and what parts a row's first cell from its figures.
    private const int MaxRowsAbove = 30;

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
}
