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
        ("occurrences", (o, f, _) => CsvCell.Number(o, FactLookup.Spans(f).Count)),
        ("section", (o, f, _) => CsvCell.Text(o, f.SectionPath)),
        ("quote", (o, f, _) => CsvCell.Text(o, f.Quote)),
    ];

    public static IReadOnlyList<string> Header { get; } = [.. Columns.Select(c => c.Name)];

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    public static void WriteFile(string path, FactTable table) => WriteFile(path, table, null);

    /// <summary>
    /// The same file, the unchanged documents' rows copied from <paramref name="published"/>; written whole when the
    /// published file is not there as recorded or does not hold those rows where its account puts them. Same bytes.
    /// </summary>
    /// <returns>Whether rows were copied from the published file.</returns>
    public static bool WriteFile(string path, FactTable table, PublishedExport? published)
    {
        using var copied = PublishedExport.TryOpen(published, p => PublishedFactsCsv.Open(p, table, Head()));
        using var file = FileOutput.Create(path, FileOutput.ExportBuffer, published?.Spare);
        Write(file, table, copied);
        FileOutput.Finish(file);
        return copied is not null;
    }

    /// <summary>Streams the rows: memory stays bounded by a buffer whatever the number of facts, and no cell makes a string of its own.</summary>
    public static void Write(Stream output, FactTable table) => Write(output, table, null);

    private static void Write(Stream output, FactTable table, PublishedFactsCsv? copied)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StreamWriter(output, Encoding, 1 << 16, leaveOpen: true);
        WriteHeader(text);
        var pages = FactLookup.Pages(table);
        for (var f = 0; f < table.Facts.Count; f++)
        {
            if (copied?.Copy(f, text) is > 0 and var rows)
            {
                f += rows - 1;
                continue;
            }

            var fact = table.Facts[f];
            var page = pages(fact);
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

    // The bytes a file begins with: the byte-order mark and the header line.
    private static byte[] Head()
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, Encoding, 1 << 10, leaveOpen: true))
        {
            WriteHeader(text);
        }

        return buffer.ToArray();
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
