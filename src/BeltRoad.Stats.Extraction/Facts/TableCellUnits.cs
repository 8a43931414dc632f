using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// A table flattened into lines states its unit once, not in each cell: in a column's header (「比上年增长（%）」,
/// 「金额（亿元）」; the text's ideographic spaces between cells are spaces once normalized), in the row's label (「出口额（亿元）　107314　6.9」) or in the caption above it ("Exhibit 1: Chinese FDI
/// in Europe (completed transactions, EUR)" over cells written "10.8bn"). A bare number standing alone in a cell of
/// such a row (the recognizer's <see cref="MentionKind.Number"/>) takes the nearest of those units, header first, then
/// the row's label, then the caption; the unit is read by the recognizer itself from the bracket's words (「1亿元」 is
/// CNY 100,000,000), so a table knows every unit the text does. Years and the row's label cell are never figures.
/// </summary>
internal static class TableCellUnits
{
    // A row in cells separated by spaces (the normalized text's ideographic spaces and tabs) needs this many, and figures
    // alone after its label: two (「成員增至110個　累計…」) is a headline, words between (「出口 增长 8.4」) prose.
    private const int MinSeparatedCells = 3;

    // The longest line read as a row of cells between spaces: a longer one is prose.
    private const int MaxSeparatedRow = 160;

    // The table of the row read last: its header and caption, for the rows under it.
    private sealed class Table
    {
        public int RowStart = -1;
        public int Count;
        public bool Bar;
        public int HeaderStart;
        public int HeaderEnd;
        public int Offset;
        public int CaptionStart;
        public int CaptionEnd;

        // Whether the row at `lineStart` is this row or the line right under it, of as many cells of the same kind.
        public bool Reaches(int lineStart, int count, bool bar, string text) =>
            RowStart >= 0 && count == Count && bar == Bar
            && (lineStart == RowStart || (lineStart > RowStart && text.IndexOf('\n', RowStart) is var end && end >= 0 && end + 1 == lineStart));
    }

    /// <summary>The mentions with each table cell's bare number given its table's unit; the same list when there is none.</summary>
    public static IReadOnlyList<Mention> Mark(IReadOnlyList<Mention> mentions, string text, NumberRecognizer recognizer)
    {
        List<Mention>? marked = null;
        Units? units = null;
        Table? table = null;
        var cells = new List<(int Start, int End)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind is not MentionKind.Number || m.Value is null || BareNumbers.YearLike(m)
                || UnitOf(m, text, recognizer, cells, units ??= new Units(text, recognizer), table ??= new Table()) is not { } unit)
            {
                continue;
            }

            marked ??= [.. mentions];
            marked[i] = m with
            {
                Kind = unit.Kind,
                Unit = unit.Unit,
                MeasureWord = unit.MeasureWord,
                Value = m.Value * unit.Value,
                ValueHigh = m.ValueHigh * unit.Value,
            };
        }

        return marked ?? mentions;
    }

    // The unit of the cell the mention fills, or null when it fills none (or its table states no unit).
    private static Mention? UnitOf(Mention m, string text, NumberRecognizer recognizer, List<(int Start, int End)> cells, Units units, Table table)
    {
        // Cheap first: a cell's figure stands right after a '|' or, in a short line, between spaces; prose lines are never split.
        var (lineStart, lineEnd) = TableLine.Around(text, m.Start);
        var before = m.Start - 1;
        while (before >= lineStart && text[before] is ' ' or '\t')
        {
            before--;
        }

        var bar = before >= lineStart && text[before] == TableLine.Cell;
        if (!bar && (lineEnd - lineStart > MaxSeparatedRow || before == m.Start - 1 || (m.End < lineEnd && text[m.End] is not (' ' or '\t'))))
        {
            return null;
        }

        var column = Column(text, lineStart, lineEnd, m, cells, bar);
        if (column <= 0)
        {
            return null;
        }

        var count = cells.Count;
        var label = cells[0];
        // The rows above, while they are rows of as many cells; the first of them (or the line above it) is the header. A
        // line of more cells that are not figures is a caption the text joined to the header (a broken line mended):
        // its last cells are the header's, what stands before them the caption. A row right under the row read last, of
        // as many cells, is in its table: the walk is not made again (a tall table costs its rows, not their square).
        if (table.Reaches(lineStart, count, bar, text))
        {
            table.RowStart = lineStart;
            Split(text, table.HeaderStart, table.HeaderEnd, cells, bar);
            return Unit(text, cells, column, count, label, table.Offset, table.CaptionStart, table.CaptionEnd, recognizer, units);
        }

        var (headerStart, headerEnd) = (lineStart, lineEnd);
        var (captionStart, captionEnd) = (0, 0);
        var offset = 0;
        while (headerStart > 0)
        {
            var (s, e) = TableLine.Around(text, headerStart - 1);
            var above = Split(text, s, e, cells, bar);
            if (!bar && above > count && !FiguresAfterLabel(text, cells))
            {
                (headerStart, headerEnd, offset) = (s, e, above - count);
                (captionStart, captionEnd) = (s, cells[offset].Start);
                break;
            }

            if (above != count)
            {
                (captionStart, captionEnd) = above == 0 ? (s, e) : (0, 0);
                break;
            }

            (headerStart, headerEnd) = (s, e);
        }

        (table.RowStart, table.Count, table.Bar) = (lineStart, count, bar);
        (table.HeaderStart, table.HeaderEnd, table.Offset, table.CaptionStart, table.CaptionEnd) = (headerStart, headerEnd, offset, captionStart, captionEnd);
        Split(text, headerStart, headerEnd, cells, bar);
        return Unit(text, cells, column, count, label, offset, captionStart, captionEnd, recognizer, units);
    }

    // The unit of a column, its header's cells in `cells`: the header's, else the row label's, else the caption's.
    private static Mention? Unit(string text, List<(int Start, int End)> cells, int column, int count, (int Start, int End) label, int offset,
        int captionStart, int captionEnd, NumberRecognizer recognizer, Units units)
    {
        var header = cells[offset + column];
        // A caption joined to a header of '|' cells stands in its first cell ("… by year (all deals, USD) Year | …").
        var joined = text.AsSpan(cells[0].Start, cells[0].End - cells[0].Start).LastIndexOfAny(')', '）');
        if (captionEnd == 0 && offset == 0 && joined > 0)
        {
            (captionStart, captionEnd) = (cells[0].Start, cells[0].Start + joined + 1);
        }

        // A header naming a rate with its sign and no bracket (「同比±%」, "Change %") is a column of percentages.
        var percent = text.AsSpan(header.Start, header.End - header.Start).IndexOfAny('%', '％') >= 0
            && text[header.End - 1] is not (')' or '）') ? UnitOfWord("%", recognizer, units) : null;
        return percent
            ?? Bracketed(text, header.Start, header.End, 1, 2, recognizer, units)
            ?? Bracketed(text, label.Start, label.End, 1, 2, recognizer, units)
            ?? Bracketed(text, captionStart, captionEnd, column, count, recognizer, units);
    }

    // Which cell of a row the mention fills whole (a sign may lead it), or -1; the row's cells are left in `cells`.
    private static int Column(string text, int lineStart, int lineEnd, Mention m, List<(int Start, int End)> cells, bool bar)
    {
        if (Split(text, lineStart, lineEnd, cells, bar) < 2 || (!bar && !FiguresAfterLabel(text, cells)))
        {
            return -1;
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var (s, e) = cells[c];
            if (m.Start >= s && m.End <= e)
            {
                return m.Start == s && m.End == e ? c : -1;
            }
        }

        return -1;
    }

    // Every cell after the label a figure's characters alone (digits, a sign, a point, a comma, %, a dash for none).
    private static bool FiguresAfterLabel(string text, List<(int Start, int End)> cells)
    {
        for (var c = 1; c < cells.Count; c++)
        {
            foreach (var ch in text.AsSpan(cells[c].Start, cells[c].End - cells[c].Start))
            {
                if (!char.IsAsciiDigit(ch) && ch is not ('.' or ',' or '-' or '+' or '%' or '—' or '–' or '－' or '＋'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The cells of a row as trimmed ranges: cut at '|' in a table of '|' rows, else at runs of spaces and tabs (then only
    // with three cells or more); 0 for a line that is no row of the table's kind.
    private static int Split(string text, int start, int end, List<(int Start, int End)> cells, bool bar)
    {
        cells.Clear();
        var line = text.AsSpan(start, end - start);
        if (bar != line.Contains(TableLine.Cell) || (bar && !TableLine.IsRow(line, out _)))
        {
            return 0;
        }

        // A row whose cells a tab or a run of spaces parts ("Real GDP growth (percent)\t2.5\t2.7") keeps the single spaces of
        // its label's words inside the label.
        var wide = !bar && (line.Contains('\t') || line.Contains("  ", StringComparison.Ordinal));
        var from = start;
        for (var k = start; k <= end; k++)
        {
            var cut = k == end || (bar ? text[k] == TableLine.Cell : text[k] == '\t' || (text[k] == ' ' && (!wide || Blank(text, k - 1) || Blank(text, k + 1))));
            if (!cut)
            {
                continue;
            }

            var (s, e) = (from, k);
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                cells.Add((s, e));
            }

            from = k + 1;
        }

        return bar || cells.Count >= MinSeparatedCells ? cells.Count : 0;
    }

    private static bool Blank(string text, int k) => k >= 0 && k < text.Length && text[k] is ' ' or '\t';

    // The unit the last bracket of a cell or caption names (「（亿元）」, "(%)", "(completed transactions, EUR)"): each of
    // its comma-separated words (after a 「单位：」 or "Unit:") tried as the unit of 1 by the recognizer. One unit is every
    // cell's; as many units as the row has figures are the columns' in order (「（单位：亿元，%）」 over 「金额　同比」); any
    // other number of them says nothing of one column. Null when none is a unit.
    private static Mention? Bracketed(string text, int start, int end, int column, int columns, NumberRecognizer recognizer, Units units)
    {
        // A caption that introduces the table ends at its colon: "… by region (RMB million):".
        var span = text.AsSpan(start, end - start).TrimEnd().TrimEnd(":：").TrimEnd();
        if (span.Length < 3 || span[^1] is not (')' or '）'))
        {
            return null;
        }

        var open = span.LastIndexOfAny('(', '（');
        if (open < 0)
        {
            return null;
        }

        var (found, first) = (0, (Mention?)null);
        Mention? own = null;
        foreach (var part in span[(open + 1)..^1].ToString().Split([',', '，', '、', ';', '；']))
        {
            var word = part[(part.LastIndexOfAny([':', '：']) + 1)..].Trim();
            if (word.Length == 0)
            {
                continue;
            }

            // "(percent of GDP)": a share's unit stands before the whole it is a share of.
            if ((UnitOfWord(word, recognizer, units) ?? (word.IndexOf(" of ", StringComparison.Ordinal) is > 0 and var of ? UnitOfWord(word[..of], recognizer, units) : null)) is { } unit)
            {
                found++;
                first ??= unit;
                own = found == column ? unit : own;
            }
        }

        return found == 1 ? first : found == columns - 1 ? own : null;
    }

    // The units the document's table words name, each read once; a bare 元 among them is the yuan the text declares, looked
    // for only once a word is probed (the recognizer has scanned the text for it already; most documents probe none).
    private sealed class Units(string text, NumberRecognizer recognizer)
    {
        private RecognitionOptions? options;

        public readonly Dictionary<string, Mention?> Read = [];

        public RecognitionOptions Options => options ??= new(Yuan: recognizer.DeclaredYuan(text));
    }

    // The unit a word names, read once per document.
    private static Mention? UnitOfWord(string word, NumberRecognizer recognizer, Units units)
    {
        if (!units.Read.TryGetValue(word, out var unit))
        {
            units.Read[word] = unit = Probe(word, recognizer, units.Options);
        }

        return unit;
    }

    // "1" written before the word and after it ("1亿元", "1 EUR", "EUR 1"): the unit when one mention reads it all. A
    // count is a unit only as a measure word joined to the numeral (「（万人次）」「（个）」): a spaced noun ("completed
    // transactions", "projects") names what a column counts, which the table does not say of every cell.
    private static Mention? Probe(string word, NumberRecognizer recognizer, RecognitionOptions options)
    {
        // A word in Latin letters is a noun however it is written ("1all deals" is read as "1 all deals").
        var measureWord = !char.IsAsciiLetter(word[0]);
        // A currency before its scale ("RMB million", "US$ bn") is read with the 1 between them.
        var space = word.IndexOf(' ');
        string[] probes = space > 0 ? [$"1{word}", $"1 {word}", $"{word} 1", $"{word[..space]} 1{word[space..]}"] : [$"1{word}", $"1 {word}", $"{word} 1"];
        foreach (var probe in probes)
        {
            var found = recognizer.Recognize(probe, options);
            if (found.Count == 1 && found[0] is { Start: 0, Kind: MentionKind.Quantity or MentionKind.Percent, Value: > 0m } m
                && m.Length == probe.Length && m.Unit != MentionUnit.None && (measureWord || !IsCount(m.Unit)))
            {
                return m;
            }

            measureWord = false;
        }

        return null;
    }

    private static bool IsCount(MentionUnit unit) => unit.ToUnit() is { } counted && counted.CountsNouns();
}
