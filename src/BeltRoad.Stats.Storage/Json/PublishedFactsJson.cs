using System.Globalization;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The unchanged documents' facts of a published facts.json, copied as bytes into the new one. A fact's object depends
/// on its document's extraction only, except its last member, <c>"finding"</c>: findings are numbered over all
/// documents, so where that number differs it is written anew. The file is walked once, in the layout
/// <see cref="FactsJsonWriter"/> gives it (a fact starts with <see cref="FactStart"/> — a raw line break never occurs
/// inside a JSON string, and a document's or finding's line starts otherwise — and ends with its line, before the comma
/// that follows it); every copied fact's id must be the one the new table has at that
/// place. Facts that follow each other in both files with the same finding number are one range, copied by the kernel.
/// </summary>
internal sealed class PublishedFactsJson : IDisposable
{
    private static ReadOnlySpan<byte> FactStart => "\n{\"id\":\""u8;

    private static ReadOnlySpan<byte> FactEnd => "}"u8;

    private static ReadOnlySpan<byte> FindingMember => ",\"finding\":"u8;

    private readonly MappedFile _file;

    // By fact index in the new table: where its line break before the object starts in the file and where its finding
    // number starts (-1: not copied).
    private readonly int[] _starts;
    private readonly int[] _findings;

    // By the new table's index of a range's first fact: the bytes from its line break to the last one's closing brace.
    private readonly Dictionary<int, (int Start, int End, int Count)> _ranges;
    private byte[] _scratch = new byte[1 << 14];

    private PublishedFactsJson(MappedFile file, int[] starts, int[] findings, Dictionary<int, (int Start, int End, int Count)> ranges)
    {
        _file = file;
        _starts = starts;
        _findings = findings;
        _ranges = ranges;
    }

    /// <summary>The published facts.json's reusable facts, or null when the file is not there as recorded.</summary>
    /// <param name="findings">The new table's finding number of each fact (<see cref="FindingIndex.ByFact(FactTable)"/>).</param>
    /// <exception cref="FormatException">The file does not hold the published documents' facts where their order and counts put them.</exception>
    public static PublishedFactsJson? Open(PublishedExport published, FactTable table, IReadOnlyList<int?> findings)
    {
        if (MappedFile.Open(published) is not { } file)
        {
            return null;
        }

        try
        {
            var starts = new int[table.Facts.Count];
            Array.Fill(starts, -1);
            var numbers = new int[table.Facts.Count];
            var ranges = Locate(file.Window(), table, published.Facts, findings, starts, numbers);
            return new PublishedFactsJson(file, starts, numbers, ranges);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Writes fact <paramref name="index"/> of the new table from the published file as the writer's next value; false when it is not copied.</summary>
    public bool TryWrite(Utf8JsonWriter json, int index, int? finding)
    {
        if (_starts[index] < 0)
        {
            return false;
        }

        var length = Patched(index, finding);
        json.WriteRawValue(_scratch.AsSpan(0, length), skipInputValidation: true);
        return true;
    }

    /// <summary>
    /// Writes the copied facts from <paramref name="index"/> on (as many as follow each other in the new table) past the
    /// writer, straight to <paramref name="output"/>, each after its comma; the writer must have written a fact of the
    /// array already (so it writes the comma before the next one itself). How many were written (0: none from here).
    /// </summary>
    public int Copy(int index, Utf8JsonWriter json, HtmlSafeJsonStream output, IReadOnlyList<int?> findings)
    {
        if (_starts[index] < 0)
        {
            return 0;
        }

        json.Flush();
        var i = index;
        while (i < _starts.Length && _starts[i] >= 0)
        {
            output.WriteEscaped(","u8);
            if (_ranges.TryGetValue(i, out var range))
            {
                output.WriteEscaped(_file, range.Start, range.End);
                i += range.Count;
            }
            else
            {
                output.WriteEscaped(_scratch.AsSpan(0, Patched(i, findings[i])));
                i++;
            }
        }

        return i - index;
    }

    public void Dispose() => _file.Dispose();

    private const int MaxNumber = 11;

    // A fact's "finding" value as the writer puts it: the number, or null.
    private static int Number(int? finding, Span<byte> into)
    {
        if (finding is not { } id)
        {
            "null"u8.CopyTo(into);
            return 4;
        }

        id.TryFormat(into, out var digits, default, CultureInfo.InvariantCulture);
        return digits;
    }

    // Fact `index`'s bytes, its finding number written anew, into the scratch buffer; their length.
    private int Patched(int index, int? finding)
    {
        var head = _file.Bytes[_starts[index].._findings[index]];
        var length = head.Length + MaxNumber + FactEnd.Length;
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }

        head.CopyTo(_scratch);
        var at = head.Length + Number(finding, _scratch.AsSpan(head.Length));
        FactEnd.CopyTo(_scratch.AsSpan(at));
        return at + FactEnd.Length;
    }

    // Finds every published fact, checks the copied ones' ids and records where they and their finding numbers start;
    // returns the ranges of copied facts whose number is unchanged and that follow each other in both files (never the
    // new table's first fact, which the writer writes itself).
    private static Dictionary<int, (int Start, int End, int Count)> Locate(
        FileWindow file, FactTable table, PublishedFacts published, IReadOnlyList<int?> findings, int[] starts, int[] numbers)
    {
        Span<byte> head = stackalloc byte[64];
        if (!file.From(0, head.Length).StartsWith(head[..System.Text.Encoding.UTF8.GetBytes($"{{\"schema\":\"{FactsJsonWriter.Schema}\",", head)]))
        {
            throw new FormatException($"The published facts.json is not a '{FactsJsonWriter.Schema}' file of one fact per line.");
        }

        var ranges = new CopiedRanges();
        Span<byte> number = stackalloc byte[MaxNumber];
        var at = 0;
        foreach (var (doc, count, first) in published.InTable(table))
        {
            for (var k = 0; k < count; k++)
            {
                // From the line break on: the writer puts the comma before a raw value, the break is the raw value's own.
                if (!Next(file, at, out var rest, out var found, out var fact))
                {
                    throw new FormatException($"The published facts.json holds fewer facts than its account ({doc}).");
                }

                // Only a comma between it and the range being grown: the two are one copy.
                var start = at + found;
                var joins = ranges.OpenEnd == at && found == 1 && rest[0] == (byte)',';
                at = start + fact.Length;
                if (first is not { } f)
                {
                    continue;
                }

                var id = table.Facts[f + k].Id;
                var member = fact.LastIndexOf(FindingMember);
                if (!AsciiText.StartsWith(fact[FactStart.Length..], id, (byte)'"') || member < 0 || !fact.EndsWith(FactEnd))
                {
                    throw new FormatException($"The published facts.json does not have fact {id} of {doc} where its order puts it.");
                }

                var value = member + FindingMember.Length;
                starts[f + k] = start;
                numbers[f + k] = start + value;
                if (f + k > 0 && fact[value..^FactEnd.Length].SequenceEqual(number[..Number(findings[f + k], number)]))
                {
                    ranges.Add(f + k, start, at, 1, joins);
                }
                else
                {
                    ranges.Close();
                }
            }
        }

        return More(file, at)
            ? throw new FormatException("The published facts.json holds more facts than its account.")
            : ranges.Done();
    }

    // The next fact from `at` on: the bytes from `at` to its end, how far after `at` it starts and its bytes; false when the file has no more.
    private static bool Next(FileWindow file, int at, out ReadOnlySpan<byte> rest, out int found, out ReadOnlySpan<byte> fact)
    {
        rest = file.Item(at, static bytes =>
        {
            // The fact's line, without the comma that ends it when another fact follows.
            var start = bytes.IndexOf(FactStart);
            var line = start < 0 ? -1 : bytes[(start + 1)..].IndexOf((byte)'\n');
            var end = line < 0 ? -1 : start + 1 + line;
            return end < 0 ? -1 : bytes[end - 1] == (byte)',' ? end - 1 : end;
        });
        found = rest.IndexOf(FactStart);
        fact = rest.IsEmpty ? default : rest[found..];
        return !rest.IsEmpty;
    }

    // Whether a fact starts anywhere after `at`.
    private static bool More(FileWindow file, long at)
    {
        while (true)
        {
            var rest = file.From(at, 1 << 16);
            if (rest.IndexOf(FactStart) >= 0)
            {
                return true;
            }

            if (at + rest.Length >= file.Length)
            {
                return false;
            }

            at += rest.Length - FactStart.Length + 1;
        }
    }
}
