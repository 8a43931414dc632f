namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>Builds a table: relative column widths, a header row repeated on every page, rows whose cells wrap.</summary>
public sealed class TableBuilder
{
    internal double[]? Widths { get; private set; }

    internal PdfTextAlign[]? Alignments { get; private set; }

    internal string[]? HeaderCells { get; private set; }

    internal List<string[]> Rows { get; } = [];

    internal bool IsStriped { get; private set; } = true;

    internal string? AnchorName { get; private set; }

    /// <summary>Per row, the row's own anchor (cards and contents link to it).</summary>
    internal Dictionary<int, string> RowAnchors { get; } = [];

    /// <summary>Rows whose cells are runs of text, each run linking somewhere or not (「[1] 150；[2] 152」).</summary>
    internal Dictionary<int, (string Text, string? Link)[][]> CellRuns { get; } = [];

    /// <summary>Rows kept together at a table's start and end, so no page holds a lone row or two of it.</summary>
    internal int MinRowsPerPage { get; private set; } = 1;

    /// <summary>Column widths as proportions of the content width, e.g. (3, 1, 1).</summary>
    public TableBuilder Columns(params double[] relativeWidths)
    {
        if (relativeWidths.Length == 0 || relativeWidths.Any(w => w <= 0))
        {
            throw new ArgumentException("A table needs at least one column, each with a positive width.", nameof(relativeWidths));
        }

        Widths = relativeWidths;
        return this;
    }

    /// <summary>Alignment per column (numbers usually right).</summary>
    public TableBuilder Align(params PdfTextAlign[] alignments)
    {
        Alignments = alignments;
        return this;
    }

    public TableBuilder Header(params string[] cells)
    {
        HeaderCells = cells;
        return this;
    }

    public TableBuilder Row(params string[] cells)
    {
        Rows.Add(cells);
        return this;
    }

    /// <summary>A row whose cells link to named destinations (null where a cell is plain text).</summary>
    public TableBuilder LinkedRow(string[] cells, string?[] links, string? anchor = null)
    {
        if (links.Length != cells.Length)
        {
            throw new ArgumentException($"A linked row needs one link (or null) per cell: {cells.Length} cells, {links.Length} links.", nameof(links));
        }

        return RunsRow([.. cells.Select((text, c) => new[] { (text, links[c]) })], anchor);
    }

    /// <summary>A row whose cells are runs, each run plain (null link) or a link to a named destination.</summary>
    public TableBuilder RunsRow((string Text, string? Link)[][] cells, string? anchor = null)
    {
        Rows.Add([.. cells.Select(runs => string.Concat(runs.Select(r => r.Text)))]);
        CellRuns[Rows.Count - 1] = cells;
        if (anchor is not null)
        {
            RowAnchors[Rows.Count - 1] = anchor;
        }

        return this;
    }

    /// <summary>
    /// No page carries fewer than <paramref name="rows"/> rows of this table unless the table is shorter: the start
    /// moves to the next page, and a break is moved up so the last page keeps as many.
    /// </summary>
    public TableBuilder KeepRows(int rows)
    {
        MinRowsPerPage = rows >= 1 ? rows : throw new ArgumentOutOfRangeException(nameof(rows), rows, "At least one row.");
        return this;
    }

    public TableBuilder Striped(bool striped = true)
    {
        IsStriped = striped;
        return this;
    }

    /// <summary>Names the table's top so that links can point at it.</summary>
    public TableBuilder Anchor(string name)
    {
        AnchorName = name;
        return this;
    }

    internal double[] ResolveWidths()
    {
        var columns = Widths?.Length ?? HeaderCells?.Length ?? Rows.FirstOrDefault()?.Length
            ?? throw new InvalidOperationException("A table needs columns, a header or a row.");
        var widths = Widths ?? [.. Enumerable.Repeat(1.0, columns)];
        foreach (var row in Rows.Prepend(HeaderCells ?? new string[columns]))
        {
            if (row.Length != columns)
            {
                throw new InvalidOperationException($"A table row has {row.Length} cells but the table has {columns} columns: {string.Join(" | ", row)}");
            }
        }

        return widths;
    }
}
