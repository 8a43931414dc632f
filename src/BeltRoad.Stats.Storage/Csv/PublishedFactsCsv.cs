using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The unchanged documents' rows of a published facts.csv, copied as bytes into the new one: a row depends on its
/// document's extraction only. The file is walked once, row by row (a row ends at a CRLF outside quotes; every quote
/// opens or closes a quoted stretch, a doubled one inside a cell doing both), and every copied row must begin with the
/// id the new table has at that place. Runs of consecutive copied documents are one copy, done by the kernel.
/// </summary>
internal sealed class PublishedFactsCsv : IDisposable
{
    private readonly MappedFile _file;

    // By the new table's index of a copied run's first fact: the run's bytes and how many facts it holds.
    private readonly Dictionary<int, (int Start, int End, int Count)> _runs;

    private PublishedFactsCsv(MappedFile file, Dictionary<int, (int Start, int End, int Count)> runs)
    {
        _file = file;
        _runs = runs;
    }

    /// <summary>The published facts.csv's reusable rows, or null when the file is not there as recorded.</summary>
    /// <param name="head">The byte-order mark and header line the file must begin with.</param>
    /// <exception cref="FormatException">The file does not hold the published documents' rows where their order and counts put them.</exception>
    public static PublishedFactsCsv? Open(PublishedExport published, FactTable table, ReadOnlySpan<byte> head)
    {
        if (MappedFile.Open(published) is not { } file)
        {
            return null;
        }

        try
        {
            return new PublishedFactsCsv(file, Locate(file.Window(), head, table, published.Facts));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the copied rows starting at fact <paramref name="index"/> of the new table after what <paramref name="text"/>
    /// holds, straight to its stream; how many facts they are (0: none start there).
    /// </summary>
    public int Copy(int index, StreamWriter text)
    {
        if (!_runs.TryGetValue(index, out var run))
        {
            return 0;
        }

        text.Flush();
        _file.CopyTo(text.BaseStream, run.Start, run.End);
        return run.Count;
    }

    public void Dispose() => _file.Dispose();

    private static Dictionary<int, (int Start, int End, int Count)> Locate(FileWindow file, ReadOnlySpan<byte> head, FactTable table, PublishedFacts published)
    {
        if (!file.From(0, head.Length).StartsWith(head))
        {
            throw new FormatException("The published facts.csv does not begin with this header.");
        }

        var runs = new CopiedRanges();
        var at = head.Length;
        foreach (var (doc, count, first) in published.InTable(table))
        {
            var start = at;
            for (var k = 0; k < count; k++)
            {
                at += Row(file, at, first is { } f ? table.Facts[f + k].Id : null, doc);
            }

            if (first is { } copied && count > 0)
            {
                runs.Add(copied, start, at, count, runs.OpenEnd == start);
            }
        }

        return at == file.Length ? runs.Done() : throw new FormatException("The published facts.csv holds more rows than its account.");
    }

    // The length of the row starting at `at` (with its CRLF), which must begin with `id` when one is given.
    private static int Row(FileWindow file, int at, string? id, string doc)
    {
        if (id is not null && !AsciiText.StartsWith(file.From(at, id.Length + 1), id, (byte)','))
        {
            throw new FormatException($"The published facts.csv does not have fact {id} of {doc} where its order puts it.");
        }

        var row = file.Item(at, static rest => RowEnd(rest) ?? -1);
        return row.IsEmpty ? throw new FormatException("The published facts.csv holds fewer rows than its account.") : row.Length;
    }

    // Where the row at the start of `rest` ends (after its CRLF); null when it does not end within `rest`.
    private static int? RowEnd(ReadOnlySpan<byte> rest)
    {
        var quoted = false;
        for (var i = 0; ;)
        {
            var next = quoted ? rest[i..].IndexOf((byte)'"') : rest[i..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                return null;
            }

            i += next;
            if (rest[i] == (byte)'"')
            {
                quoted = !quoted;
                i++;
            }
            else
            {
                return i > 0 && rest[i - 1] == (byte)'\r' ? i + 1 : throw new FormatException("The published facts.csv has a row that does not end in CRLF.");
            }
        }
    }
}
