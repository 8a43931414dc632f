using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// The characters a word may start with, and where the next one stands in a text. A few characters, or only ASCII
/// ones, are searched vectorised (exact and fast); more Han characters than that are looked up in a flat bit table, one
/// character at a time: for such a set SearchValues falls back to a probabilistic map that checks every candidate
/// again, and in Han text the candidates come every few characters. One bit a character (8 KB, where a bool a
/// character took 64 KB): the dozens of tables a sentence's scans walk stay in the cache.
/// </summary>
internal sealed class CharStarts
{
    // SearchValues compares up to five characters at once exactly (and any set of ASCII ones); beyond that a table wins.
    private const int VectorisedAtMost = 5;

    private readonly SearchValues<char>? _few;
    private readonly ulong[]? _bits;

    public CharStarts(IEnumerable<char> starts)
    {
        char[] set = [.. starts.Distinct()];
        if (set.Length <= VectorisedAtMost || set.All(char.IsAscii))
        {
            _few = SearchValues.Create(set);
            return;
        }

        _bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in set)
        {
            _bits[c >> 6] |= 1UL << c;
        }
    }

    /// <summary>Whether a word may start with <paramref name="c"/>.</summary>
    public bool Contains(char c) => _few is { } few ? few.Contains(c) : (_bits![c >> 6] & (1UL << c)) != 0;

    /// <summary>The first index in [from, end) whose character may start a word, or -1.</summary>
    public int Next(string text, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        if (_few is { } few)
        {
            var at = text.AsSpan(from, end - from).IndexOfAny(few);
            return at < 0 ? -1 : from + at;
        }

        // Over a span and the table's first element: the hottest loop of the meaning scans, with no bounds check per character
        // (every char's word lies inside the table, which has one for each 64 characters).
        var span = text.AsSpan(from, end - from);
        ref var bits = ref MemoryMarshal.GetArrayDataReference(_bits!);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if ((Unsafe.Add(ref bits, c >> 6) & (1UL << c)) != 0) // a shift of a ulong counts modulo 64: c's bit in its word
            {
                return from + i;
            }
        }

        return -1;
    }
}
