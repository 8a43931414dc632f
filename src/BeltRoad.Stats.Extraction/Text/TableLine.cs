namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// A line of a table flattened into text (what the format readers write for a table row, a Markdown table's row):
/// the one definition both the header rule (indicator) and the caption rule (as_of) ask.
/// </summary>
internal static class TableLine
{
    public const char Cell = '|';

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
}
