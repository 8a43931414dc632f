using System.Globalization;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The unchanged documents' facts of a published facts.json, copied as bytes into the new one. A fact's object depends
/// on its document's extraction only, except its last member, <c>"finding"</c>: findings are numbered over all
/// documents, so that number is written anew. The file is walked once, in the layout <see cref="FactsJsonSeeker"/>
/// relies on (a fact starts with <see cref="FactsJsonSeeker.FactStart"/> and ends at the first line that closes an
/// object at its depth); every copied fact's id must be the one the new table has at that place.
/// </summary>
internal sealed class PublishedFactsJson : IDisposable
{
    private static ReadOnlySpan<byte> FactEnd => "\n    }"u8;

    private static ReadOnlySpan<byte> FindingMember => "\n      \"finding\": "u8;

    private readonly MappedFile _file;

    // By fact index in the new table: where its line break before the object starts in the file and where its finding
    // number starts (-1: not copied).
    private readonly int[] _starts;
    private readonly int[] _findings;
    private byte[] _scratch = new byte[1 << 14];

    private PublishedFactsJson(MappedFile file, int[] starts, int[] findings)
    {
        _file = file;
        _starts = starts;
        _findings = findings;
    }

    /// <summary>The published facts.json's reusable facts, or null when the file is not there as recorded.</summary>
    /// <exception cref="FormatException">The file does not hold the published documents' facts where their order and counts put them.</exception>
    public static PublishedFactsJson? Open(PublishedExport published, FactTable table)
    {
        if (MappedFile.Open(published) is not { } file)
        {
            return null;
        }

        try
        {
            var starts = new int[table.Facts.Count];
            var findings = new int[table.Facts.Count];
            Array.Fill(starts, -1);
            Locate(file.Bytes, table, published.Facts, starts, findings);
            return new PublishedFactsJson(file, starts, findings);
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
    public int Copy(int index, Utf8JsonWriter json, HtmlSafeJsonStream output, IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, int> findings)
    {
        var end = index;
        while (end < _starts.Length && _starts[end] >= 0)
        {
            end++;
        }

        if (end > index)
        {
            json.Flush();
        }

        for (var i = index; i < end; i++)
        {
            var length = Patched(i, findings.TryGetValue(facts[i].Id, out var finding) ? finding : null);
            output.WriteEscaped(","u8);
            output.WriteEscaped(_scratch.AsSpan(0, length));
        }

        return end - index;
    }

    public void Dispose() => _file.Dispose();

    // Fact `index`'s bytes, its finding number written anew, into the scratch buffer; their length.
    private int Patched(int index, int? finding)
    {
        var head = _file.Bytes[_starts[index].._findings[index]];
        var length = head.Length + 11 + FactEnd.Length;
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }

        head.CopyTo(_scratch);
        var at = head.Length;
        if (finding is { } id)
        {
            id.TryFormat(_scratch.AsSpan(at), out var digits, default, CultureInfo.InvariantCulture);
            at += digits;
        }
        else
        {
            "null"u8.CopyTo(_scratch.AsSpan(at));
            at += 4;
        }

        FactEnd.CopyTo(_scratch.AsSpan(at));
        return at + FactEnd.Length;
    }

    private static void Locate(ReadOnlySpan<byte> file, FactTable table, PublishedFacts published, int[] starts, int[] findings)
    {
        Span<byte> head = stackalloc byte[64];
        if (!file.StartsWith(head[..System.Text.Encoding.UTF8.GetBytes($"{{\n  \"schema\": \"{FactsJsonWriter.Schema}\",", head)]))
        {
            throw new FormatException($"The published facts.json is not a '{FactsJsonWriter.Schema}' file.");
        }

        var at = 0;
        foreach (var (doc, count, first) in published.InTable(table))
        {
            for (var k = 0; k < count; k++)
            {
                // From the line break on: the writer puts only the comma before a raw value, not the break and indentation.
                var found = file[at..].IndexOf(FactsJsonSeeker.FactStart);
                var start = at + found;
                var end = found < 0 ? -1 : file[start..].IndexOf(FactEnd);
                if (end < 0)
                {
                    throw new FormatException($"The published facts.json holds fewer facts than its account ({doc}).");
                }

                at = start + end + FactEnd.Length;
                if (first is { } f)
                {
                    var id = table.Facts[f + k].Id;
                    var member = file[start..at].LastIndexOf(FindingMember);
                    if (!AsciiText.StartsWith(file[(start + FactsJsonSeeker.FactStart.Length)..], id, (byte)'"') || member < 0)
                    {
                        throw new FormatException($"The published facts.json does not have fact {id} of {doc} where its order puts it.");
                    }

                    starts[f + k] = start;
                    findings[f + k] = start + member + FindingMember.Length;
                }
            }
        }

        if (file[at..].IndexOf(FactsJsonSeeker.FactStart) >= 0)
        {
            throw new FormatException("The published facts.json holds more facts than its account.");
        }
    }

}
