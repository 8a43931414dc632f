using System.Text.Json;
using BeltRoad.Stats.Domain;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Reads one document's facts from a facts.json without reading the rest. The writer sorts the facts by document
/// (ordinal) and puts each on a line of its own, so each fact begins with <see cref="FactStart"/> (a raw line break never
/// occurs inside a JSON string, and a document's or finding's line starts otherwise) and a document's facts are one run of the array, found by binary
/// search on byte offsets. The caller states how many facts the document has; any other count is an error, so a file
/// that is not sorted or not laid out as expected is never read wrongly.
/// </summary>
internal sealed class FactsJsonSeeker(SafeFileHandle file) : IDisposable
{
    private const int Window = 16 * 1024;

    internal static ReadOnlySpan<byte> FactStart => "\n{\"id\":\""u8;

    private readonly long _length = RandomAccess.GetLength(file);

    /// <exception cref="FormatException">The document does not have <paramref name="count"/> facts where the order puts them.</exception>
    public IReadOnlyList<Fact> FactsOf(string doc, int count)
    {
        long lo = 0, hi = _length;
        // The first fact of doc (or after it) starts in [lo, the first fact start at or after hi].
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (NextFact(mid) is not { } probe || string.CompareOrdinal(probe.Doc, doc) >= 0)
            {
                hi = mid;
            }
            else
            {
                lo = probe.Start + 1;
            }
        }

        var facts = new List<Fact>();
        for (var at = NextFact(lo); at is { } fact && fact.Doc == doc; at = NextFact(fact.Start + 1))
        {
            facts.Add(ReadFact(fact.Start + 1));
        }

        return facts.Count == count
            ? facts
            : throw new FormatException($"facts.json holds {facts.Count} facts of {doc} where its order puts them, not {count}.");
    }

    public void Dispose() => file.Dispose();

    // The first fact starting at or after offset, with its document's name; null after the last.
    private (long Start, string Doc)? NextFact(long offset)
    {
        var buffer = new byte[Window];
        for (var at = offset; at < _length; at += Window - FactStart.Length)
        {
            var read = RandomAccess.Read(file, buffer, at);
            var found = buffer.AsSpan(0, read).IndexOf(FactStart);
            if (found >= 0)
            {
                var start = at + found;
                return (start, DocOf(start + 1));
            }
        }

        return null;
    }

    // "doc" is the fact's second member, right after its short id.
    private string DocOf(long brace)
    {
        var reader = new Utf8JsonReader(ReadAt(brace, 4096), isFinalBlock: false, default);
        return reader.Read() && reader.Read() && reader.Read() && reader.Read() && reader.GetString() == "doc" && reader.Read()
            ? reader.GetString()!
            : throw new FormatException("facts.json: a fact's second member is not its document.");
    }

    private Fact ReadFact(long brace)
    {
        for (var size = Window; ; size *= 2)
        {
            var bytes = ReadAt(brace, size);
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, default);
            var probe = reader;
            if (probe.Read() && probe.TrySkip())
            {
                using var element = JsonDocument.ParseValue(ref reader);
                return FactsJsonReader.ReadFact(element.RootElement);
            }

            if (bytes.Length < size)
            {
                throw new FormatException("facts.json ends inside a fact.");
            }
        }
    }

    private byte[] ReadAt(long offset, int size)
    {
        var bytes = new byte[(int)Math.Min(size, _length - offset)];
        var done = 0;
        for (int read; done < bytes.Length && (read = RandomAccess.Read(file, bytes.AsSpan(done), offset + done)) > 0;)
        {
            done += read;
        }

        return bytes[..done];
    }
}
