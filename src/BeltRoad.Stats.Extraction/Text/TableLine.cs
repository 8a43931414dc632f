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
}
