using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes <c>facts.csv</c> for spreadsheets: UTF-8 with BOM (so Excel shows Chinese), RFC 4180 quoting,
/// CRLF line ends, formula-like text cells neutralised. Same table, same bytes.
/// </summary>
public static class FactsCsvWriter
{
    private delegate void Cell(TextWriter output, Fact fact, int? page);

    // The columns in order: the header's name and how a fact's cell is written, so the two cannot drift apart.
    private static readonly (string Name, Cell Write)[] Columns =
    [
        ("id", (o, f, _) => CsvCell.Text(o, f.Id)),
        ("doc", (o, f, _) => CsvCell.Text(o, f.Doc)),
        ("metric", (o, f, _) => CsvCell.Text(o, f.Metric.Value)),
        ("entity", (o, f, _) => CsvCell.Text(o, f.Entity)),
        ("indicator", (o, f, _) => CsvCell.Text(o, f.Indicator)),
        ("nature", (o, f, _) => CsvCell.Text(o, f.Nature.Code())),
        ("aggregation", (o, f, _) => CsvCell.Text(o, f.Aggregation.Code())),
        ("subject", (o, f, _) => CsvCell.Text(o, f.Subject)),
        ("value", (o, f, _) => CsvCell.Number(o, f.Value)),
        ("value_high", (o, f, _) => CsvCell.Number(o, f.ValueHigh)),
        ("unit", (o, f, _) => CsvCell.Text(o, f.Unit.Code())),
        ("qualifier", (o, f, _) => CsvCell.Text(o, f.Qualifier.Code())),
        ("as_of", (o, f, _) => CsvCell.Text(o, f.AsOf?.ToString())),
        ("as_of_basis", (o, f, _) => CsvCell.Text(o, f.AsOfBasis?.Code())),
        ("start", (o, f, _) => CsvCell.Number(o, f.Span.Start)),
        ("end", (o, f, _) => CsvCell.Number(o, f.Span.End)),
        ("page", (o, _, page) => CsvCell.Number(o, page)),
        ("occurrences", (o, f, _) => CsvCell.Number(o, f.OccurrenceCount)),
        ("section", (o, f, _) => CsvCell.Text(o, f.SectionPath)),
        ("quote", (o, f, _) => CsvCell.Text(o, f.Quote)),
    ];

    public static IReadOnlyList<string> Header { get; } = [.. Columns.Select(c => c.Name)];

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    public static void WriteFile(string path, FactTable table) => WriteFile(path, FactExport.Of(table), null);

    /// <summary>
    /// The same file from <paramref name="facts"/> (a table, or the run's facts.sqlite read back), written over
    /// <paramref name="spare"/> when that can be taken (<see cref="SpareFile"/>). Same bytes either way.
    /// </summary>
    public static void WriteFile(string path, FactExport facts, string? spare)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var file = FileOutput.Create(path, FileOutput.ExportBuffer, spare);
        Write(file, facts);
        FileOutput.Finish(file);
    }

    /// <summary>Streams the rows: memory stays bounded by a buffer whatever the number of facts, and no cell makes a string of its own.</summary>
    public static void Write(Stream output, FactTable table) => Write(output, FactExport.Of(table));

    private static void Write(Stream output, FactExport facts)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, Encoding, 1 << 16, leaveOpen: true);
        WriteHeader(text);
        foreach (var (fact, page, _) in facts.Facts)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                Separate(text, i);
                Columns[i].Write(text, fact, page);
            }

            text.Write("\r\n");
        }
    }

    // Excel shows Chinese only with the byte-order mark.
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    private static void WriteHeader(StreamWriter text)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            Separate(text, i);
            CsvCell.Text(text, Columns[i].Name);
        }

        text.Write("\r\n");
    }

    public static byte[] ToBytes(FactTable table)
    {
        using var buffer = new MemoryStream();
        Write(buffer, table);
        return buffer.ToArray();
    }

    private static void Separate(StreamWriter text, int column)
    {
        if (column > 0)
        {
            text.Write(',');
        }
    }
}
