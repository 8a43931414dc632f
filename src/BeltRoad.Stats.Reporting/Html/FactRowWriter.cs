using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// Writes the page data's fact rows (<see cref="FactColumns"/>) a block at a time, column by column: per row, each
/// <see cref="FactPart"/> is numbered once, and a cell of a part is worded for the part's first fact only, then read
/// back from an array. A text enters the page's string list where it is first met (row by row, column by column), the
/// order the script's positions count.
/// </summary>
internal sealed class FactRowWriter
{
    // A row is at most this many bytes per cell (an int is 11, a decimal 31 characters, a comma).
    private const int CellBytes = 33;

    private readonly FactColumns.Column[] _columns;
    private readonly FactColumns.Context _context;
    private readonly FactPart.Numbering[] _numberings;
    private readonly int[] _partOf;
    private readonly int[][] _cells;
    private readonly List<byte[]>[] _values;
    private readonly ArrayBufferWriter<byte>[] _columnCells;

    public FactRowWriter(IReadOnlyList<FactColumns.Column> columns, FactColumns.Context context)
    {
        _columns = [.. columns];
        _context = context;
        var parts = columns.Select(c => c.Part).Distinct().ToList();
        _numberings = [.. parts.Select(p => p.Start())];
        _partOf = [.. columns.Select(c => parts.IndexOf(c.Part))];
        _cells = [.. columns.Select(_ => new int[64])];
        _values = [.. columns.Select(_ => new List<byte[]>())];
        _columnCells = [.. columns.Select(_ => new ArrayBufferWriter<byte>(64 * 1024))];
    }

    /// <summary>
    /// The facts <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> as one array per column
    /// (a column's cells side by side repeat and compress far better than rows do). Blocks are written in fact order.
    /// </summary>
    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(Utf8JsonWriter json, IReadOnlyList<FactView> facts, int from, int count)
    {
        var numbers = new int[_numberings.Length];
        var cells = _columnCells;
        foreach (var column in cells)
        {
            column.ResetWrittenCount();
            column.Write("["u8);
        }

        for (var i = from; i < from + count; i++)
        {
            var f = facts[i];
            for (var p = 0; p < numbers.Length; p++)
            {
                numbers[p] = _numberings[p].Of(f);
            }

            for (var c = 0; c < _columns.Length; c++)
            {
                var to = cells[c];
                var span = to.GetSpan(CellBytes);
                var at = 0;
                if (i > from)
                {
                    span[at++] = (byte)',';
                }

                var n = numbers[_partOf[c]];
                if (_columns[c].Value is { } value)
                {
                    var bytes = ValueBytes(c, n, value, f);
                    bytes.CopyTo(span[at..]);
                    at += bytes.Length;
                }
                else
                {
                    Utf8Formatter.TryFormat(Cell(c, n, f), span[at..], out var written);
                    at += written;
                }

                to.Advance(at);
            }
        }

        json.WriteStartArray();
        foreach (var column in cells)
        {
            column.Write("]"u8);
            json.WriteRawValue(column.WrittenSpan, skipInputValidation: true);
        }

        json.WriteEndArray();
    }

    /// <summary>The cell of column <paramref name="c"/> for the fact whose part is number <paramref name="n"/> (-1: read from the fact).</summary>
    private int Cell(int c, int n, FactView f)
    {
        if (n < 0)
        {
            return _columns[c].Cell!(_context, f);
        }

        ref var cells = ref _cells[c];
        if (n >= cells.Length)
        {
            Array.Resize(ref cells, cells.Length * 2);
        }

        // Stored plus two (a missing entity is -1): 0 is a cell not yet worded.
        if (cells[n] == 0)
        {
            cells[n] = _columns[c].Cell!(_context, f) + 2;
        }

        return cells[n] - 2;
    }

    /// <summary>The value as the JSON writer writes a decimal, once per distinct part.</summary>
    private byte[] ValueBytes(int c, int n, Func<FactView, decimal> value, FactView f)
    {
        var values = _values[c];
        if (n >= 0 && n < values.Count)
        {
            return values[n];
        }

        var buffer = new ArrayBufferWriter<byte>(32);
        using (var one = new Utf8JsonWriter(buffer))
        {
            one.WriteNumberValue(value(f));
        }

        var bytes = buffer.WrittenSpan.ToArray();
        if (n >= 0)
        {
            values.Add(bytes);
        }

        return bytes;
    }
}
