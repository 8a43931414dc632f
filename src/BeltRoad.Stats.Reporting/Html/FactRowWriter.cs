using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// Writes the page data's fact rows (<see cref="FactColumns"/>): per row, each <see cref="FactPart"/> is numbered once,
/// and a cell of a part is worded for the part's first fact only, then read back from an array. A text enters the
/// page's string list where it is first met (row by row, column by column), the order the script's positions count.
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

    public FactRowWriter(IReadOnlyList<FactColumns.Column> columns, FactColumns.Context context)
    {
        _columns = [.. columns];
        _context = context;
        var parts = columns.Select(c => c.Part).Distinct().ToList();
        _numberings = [.. parts.Select(p => p.Start())];
        _partOf = [.. columns.Select(c => parts.IndexOf(c.Part))];
        _cells = [.. columns.Select(_ => new int[64])];
        _values = [.. columns.Select(_ => new List<byte[]>())];
    }

    // A per-fact loop: optimized at once (see ReportModelBuilder.Views).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(Utf8JsonWriter json, IReadOnlyList<FactView> facts)
    {
        var numbers = new int[_numberings.Length];
        var row = new byte[(_columns.Length * CellBytes) + 2];
        foreach (var f in facts)
        {
            for (var p = 0; p < numbers.Length; p++)
            {
                numbers[p] = _numberings[p].Of(f);
            }

            row[0] = (byte)'[';
            var at = 1;
            for (var c = 0; c < _columns.Length; c++)
            {
                if (c > 0)
                {
                    row[at++] = (byte)',';
                }

                var n = numbers[_partOf[c]];
                if (_columns[c].Value is { } value)
                {
                    var bytes = ValueBytes(c, n, value, f);
                    bytes.CopyTo(row.AsSpan(at));
                    at += bytes.Length;
                }
                else
                {
                    Utf8Formatter.TryFormat(Cell(c, n, f), row.AsSpan(at), out var written);
                    at += written;
                }
            }

            row[at++] = (byte)']';
            json.WriteRawValue(row.AsSpan(0, at), skipInputValidation: true);
        }
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
