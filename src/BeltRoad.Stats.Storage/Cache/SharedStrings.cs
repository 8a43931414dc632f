using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One string per distinct value across a run's cache entries, up to <see cref="Capacity"/> of them: every document
/// repeats the catalogue's metric codes, entities, indicators, measure words and skip reasons (and often section
/// headings, subjects and sentences), and each entry's string table holds its own copy, so a cached run decoded
/// ≈ 480,000 strings at 100 MB where a few thousand differ. Looked up by the entry's UTF-8, so a known value costs no
/// string. Past the capacity a new value is given its own string and not kept: the pool never grows past it, whatever
/// the corpus. Thread-safe (the workers decode at once).
/// </summary>
internal sealed class SharedStrings
{
    // Longer strings are decoded into a rented buffer for the lookup.
    private const int StackChars = 512;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private int _count;

    public SharedStrings(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most distinct values kept (a few more at most, when workers add at once).</summary>
    public int Capacity { get; }

    /// <summary>The values kept so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public string Of(ReadOnlySpan<byte> utf8)
    {
        var most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = null;
        var chars = most <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(most));
        try
        {
            chars = chars[..Encoding.UTF8.GetChars(utf8, chars)];
            if (_byChars.TryGetValue(chars, out var known, out _))
            {
                return known;
            }

            var text = new string(chars);
            if (Count >= Capacity)
            {
                return text;
            }

            var kept = _strings.GetOrAdd(text, text);
            if (ReferenceEquals(kept, text))
            {
                Interlocked.Increment(ref _count);
            }

            return kept;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
