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
