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
    public static void WriteFile(string path, FactTable table) => FileOutput.Write(path, ToBytes(table));

    public static void Write(Stream output, FactTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(table));
    }

    public static byte[] ToBytes(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        AppendRow(text, Header);
        var pages = FactLookup.Pages(table);
        foreach (var fact in table.Facts)
        {
            AppendRow(text, Row(fact, pages(fact)));
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);
        return [.. utf8.GetPreamble(), .. utf8.GetBytes(text.ToString())];
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

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells) =>
        text.AppendJoin(',', cells).Append("\r\n");
}
