using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes <c>facts.csv</c> for spreadsheets: UTF-8 with BOM (so Excel shows Chinese), RFC 4180 quoting,
/// CRLF line ends, formula-like text cells neutralised. Same table, same bytes.
/// </summary>
public static class FactsCsvWriter
{
    public static IReadOnlyList<string> Header { get; } =
        ["id", "doc", "metric", "entity", "indicator", "nature", "aggregation", "subject", "value", "value_high", "unit", "qualifier", "as_of", "as_of_basis", "start", "end", "page", "occurrences", "section", "quote"];

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    public static void WriteFile(string path, FactTable table)
    {
        using var file = FileOutput.Create(path);
        Write(file, table);
    }

    /// <summary>Streams the rows: memory stays bounded by a buffer whatever the number of facts.</summary>
    public static void Write(Stream output, FactTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false), 1 << 16, leaveOpen: true);
        WriteRow(text, Header);
        var pages = FactLookup.Pages(table);
        foreach (var fact in table.Facts)
        {
            WriteRow(text, Row(fact, pages(fact)));
        }
    }

    public static byte[] ToBytes(FactTable table)
    {
        using var buffer = new MemoryStream();
        Write(buffer, table);
        return buffer.ToArray();
    }

    private static string[] Row(Fact fact, int? page) =>
    [
        CsvCell.Text(fact.Id),
        CsvCell.Text(fact.Doc),
        CsvCell.Text(fact.Metric.Value),
        CsvCell.Text(fact.Entity),
        CsvCell.Text(fact.Indicator),
        CsvCell.Text(fact.Nature.Code()),
        CsvCell.Text(fact.Aggregation.Code()),
        CsvCell.Text(fact.Subject),
        CsvCell.Number(fact.Value),
        CsvCell.Number(fact.ValueHigh),
        CsvCell.Text(fact.Unit.Code()),
        CsvCell.Text(fact.Qualifier.Code()),
        CsvCell.Text(fact.AsOf?.ToString()),
        CsvCell.Text(fact.AsOfBasis?.Code()),
        CsvCell.Number(fact.Span.Start),
        CsvCell.Number(fact.Span.End),
        CsvCell.Number(page),
        CsvCell.Number(FactLookup.Spans(fact).Count),
        CsvCell.Text(fact.SectionPath),
        CsvCell.Text(fact.Quote),
    ];

    private static void WriteRow(StreamWriter text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Write(',');
            }

            text.Write(cells[i]);
        }

        text.Write("\r\n");
    }
}
