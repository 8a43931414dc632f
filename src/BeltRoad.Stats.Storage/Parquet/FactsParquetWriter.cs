using BeltRoad.Stats.Domain;
using Parquet;
using Parquet.Schema;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Writes <c>facts.parquet</c> for pandas, R (arrow), DuckDB and Power BI: the rows of facts.csv with typed columns
/// (values as decimal(38, 9), the period of <c>as_of</c> as two dates, offsets and pages as integers), in row groups
/// of at most <see cref="RowGroupRows"/> facts so memory stays flat whatever the table's size. Same table, same bytes.
/// </summary>
public static class FactsParquetWriter
{
    /// <summary>Facts per row group: a group's columns are built in memory, then written.</summary>
    public const int RowGroupRows = 50_000;

    // Zstd at its fastest level: a fifth of Snappy's size on a generated corpus; the default level took four times as
    // long. A column whose first values are mostly distinct (ids, quotes) is not scanned whole for a dictionary. The
    // library's stream pools keep whatever they held unless bounded ("indistinguishable from a memory leak").
    private static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Zstd,
        CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
        DictionaryEncodingSampleSize = 1_000,
        MaximumSmallPoolFreeBytes = 8 << 20,
        MaximumLargePoolFreeBytes = 32 << 20,
    };

    public static IReadOnlyList<string> Header => [.. FactParquetColumns.All.Select(c => c.Field.Name)];

    /// <summary>Writes the file, replacing one already there (the caller writes into a staging folder).</summary>
    public static void WriteFile(string path, FactTable table) => WriteFile(path, FactExport.Of(table));

    /// <summary>The same file from <paramref name="facts"/> (a table, or the run's facts.sqlite read back). Same bytes either way.</summary>
    public static void WriteFile(string path, FactExport facts) => WriteFile(path, facts, static _ => { });

    /// <summary>The same file, <paramref name="groupWritten"/> told the number of full row groups written after each one (not after the last, partial one).</summary>
    public static void WriteFile(string path, FactExport facts, Action<int> groupWritten)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var file = FileOutput.Create(path, FileOutput.ExportBuffer);
        WriteAsync(file, facts, groupWritten).GetAwaiter().GetResult();
    }

    /// <summary>Streams the table; synchronous for the store step's writer threads (no context to deadlock on).</summary>
    public static void Write(Stream output, FactTable table) => Write(output, FactExport.Of(table));

    private static void Write(Stream output, FactExport facts) => WriteAsync(output, facts, static _ => { }).GetAwaiter().GetResult();

    private static async Task WriteAsync(Stream output, FactExport facts, Action<int> groupWritten)
    {
        ArgumentNullException.ThrowIfNull(output);
        var columns = FactParquetColumns.All;
        // One array for every group, grown to a group's size only when the facts fill it.
        var rows = new FactRow[Math.Min(RowGroupRows, 1024)];
        var count = 0;
        var groups = 0;
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => c.Field)), output, Options).ConfigureAwait(false);
        // An empty table is a file with the schema and no row group: every reader opens it as zero rows.
        foreach (var (fact, page, _) in facts.Facts)
        {
            if (count == rows.Length)
            {
                Array.Resize(ref rows, Math.Min(RowGroupRows, rows.Length * 2));
            }

            rows[count++] = new FactRow(fact, page);
            if (count == RowGroupRows)
            {
                await WriteGroupAsync(writer, columns, rows.AsMemory(0, count)).ConfigureAwait(false);
                count = 0;
                groupWritten(++groups);
            }
        }

        if (count > 0)
        {
            await WriteGroupAsync(writer, columns, rows.AsMemory(0, count)).ConfigureAwait(false);
        }
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, IReadOnlyList<ParquetColumn> columns, ReadOnlyMemory<FactRow> rows)
    {
        using var group = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.WriteAsync(group, rows).ConfigureAwait(false);
        }
    }

    public static byte[] ToBytes(FactTable table)
    {
        using var buffer = new MemoryStream();
        Write(buffer, table);
        return buffer.ToArray();
    }
}
