namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// A table whose cells tabs part, as a PDF's or a spreadsheet's table is copied ("Real GDP growth (percent)\t2.5\t2.7"
/// under "\t2021\t2022"): the line of years above its rows names each column's year. Columns are matched from the right,
/// since the line of years has no cell over the rows' labels; a line of marks between them ("est.", "proj.") is passed.
/// </summary>
internal static class YearColumns
{
    // How many lines above a row its line of years is looked for (the marks' line and the table's other rows between).
    private const int MaxLinesUp = 12;

    // The earliest and latest years a cell may be.
    private const int FirstYear = 1950;
    private const int LastYear = 2100;

    /// <summary>The year of the column the figure at <paramref name="at"/> stands in, or null when it stands in no such table.</summary>
    public static int? Year(string text, int at) => Column(text, at, null).Year;

    /// <summary>
    /// The mark over the figure's column on a line of marks between the line of years and the rows ("est." of
    /// "\t\t\test.\tproj."), each of the line's cells one that <paramref name="isMark"/> knows; null when there is none.
    /// </summary>
    public static string? Mark(string text, int at, Func<string, bool> isMark) => Column(text, at, isMark).Mark;

    private static (int? Year, string? Mark) Column(string text, int at, Func<string, bool>? isMark)
    {
        var (start, end) = TableLine.Around(text, at);
        if (TableLine.SpacedRow(text, start, end) is not (> 0 and var cells))
        {
            // Most figures stand in prose: one look at their line. A row of cells between | is matched by its cells' places.
            return isMark is null && TableLine.IsRow(text.AsSpan(start, end - start), out _) ? (PipeColumn(text, at), null) : default;
        }

        var column = TableLine.SpacedColumn(text, start, end, at);
        if (column < 0)
        {
            return default;
        }

        var fromRight = cells - 1 - column;
        string? mark = null;
        for (var (lineStart, up) = (start, 0); lineStart > 0 && up < MaxLinesUp; up++)
        {
            var (s, e) = TableLine.Around(text, lineStart - 1);
            if (TableLine.SpacedRow(text, s, e) == 0)
            {
                return default; // the table's first line passed
            }

            if (Years(text, s, e) is { } years)
            {
                return (fromRight < years.Count ? years[years.Count - 1 - fromRight] : null, mark);
            }

            if (isMark is not null && mark is null && Marks(text, s, e, isMark) is { } marks && fromRight < marks.Count)
            {
                mark = marks[marks.Count - 1 - fromRight];
            }

            lineStart = s;
        }

        return default;
    }

    // The line's cells (<see cref="TableLine.SpacedRow"/>) when every one is a mark or empty (a column without a mark,
    // "\t\t\test.\tproj.": null in its place); null when a cell is anything else or none is a mark.
    private static List<string?>? Marks(string text, int start, int end, Func<string, bool> isMark)
    {
        var (cells, marks, walker) = (new List<string?>(), 0, new TableLine.SpacedCellWalker(text, start, end));
        while (walker.Next(out var found))
        {
            var cell = text.AsSpan(found.Start, found.End - found.Start).Trim().ToString();
            if (cell.Length > 0 && !isMark(cell))
            {
                return null;
            }

            marks += cell.Length > 0 ? 1 : 0;
            cells.Add(cell.Length > 0 ? cell : null);
        }

        return marks > 0 ? cells : null;
    }

    /// <summary>
    /// "Region | 2023 | 2022 | Change (%)" over "Mainland China | 658,311 | 628,015 | 4.8": a row whose cells stand between
    /// | takes the year in its cell's place on the table's header line (<see cref="TableLine.Header"/>: the first of the
    /// rows above with as many cells), when that line holds two years or more; null otherwise.
    /// </summary>
    private static int? PipeColumn(string text, int at)
    {
        if (TableLine.Header(text, at) is not { } found)
        {
            return null;
        }

        var ((start, end), column) = found;
        var years = 0;
        for (var k = 0; ; k++)
        {
            var (s, e) = TableLine.CellAt(text, start, end, k);
            if (s < 0 || s >= end)
            {
                break;
            }

            years += BareYear(text.AsSpan(s, e - s).Trim()) is null ? 0 : 1;
        }

        var (cellStart, cellEnd) = TableLine.CellAt(text, start, end, column);
        return years >= 2 && cellStart >= 0 ? BareYear(text.AsSpan(cellStart, cellEnd - cellStart).Trim()) : null;
    }

    /// <summary>
    /// A table cell that is a year and nothing else ("2021", or 二○二一 in a Hong Kong or Macao table), the one reading of a
    /// year cell for rows and columns alike.
    /// </summary>
    public static int? BareYear(ReadOnlySpan<char> cell)
    {
        if (cell.Length != 4)
        {
            return null;
        }

        if (int.TryParse(cell, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return IsYear(year) ? year : null;
        }

        year = 0;
        foreach (var c in cell)
        {
            var digit = HanYearDigits.IndexOf(c);
            if (digit < 0)
            {
                return null;
            }

            year = year * 10 + Math.Max(0, digit - 2);
        }

        return IsYear(year) ? year : null;
    }

    /// <summary>
    /// A year written digit by digit in Han numerals (二〇二四, 二○一三 in Hong Kong and Macao releases): the three zeros, then
    /// one to nine, so a digit's value is its place less two (zero for the zeros). No count of years is written so (二十四年,
    /// 三四年 have 十 or fewer than four digits).
    /// </summary>
    public const string HanYearDigits = "〇○零一二三四五六七八九";

    /// <summary>Whether a four-digit number may be a year a table, a title or a fiscal label names.</summary>
    public static bool IsYear(int value) => value is >= FirstYear and <= LastYear;

    // The line's cells (<see cref="TableLine.SpacedRow"/>) when each is a year or empty (a tabbed line's empty cell, the
    // one over the rows' labels in "\t2021\t2022": null in its place) and two or more are years, else null.
    private static List<int?>? Years(string text, int start, int end)
    {
        var (cells, years, walker) = (new List<int?>(), 0, new TableLine.SpacedCellWalker(text, start, end));
        while (walker.Next(out var found))
        {
            var cell = text.AsSpan(found.Start, found.End - found.Start).Trim();
            if (cell.IsEmpty)
            {
                cells.Add(null);
                continue;
            }

            if (BareYear(cell) is not { } year)
            {
                return null;
            }

            cells.Add(year);
            years++;
        }

        return years >= 2 ? cells : null;
    }
}
