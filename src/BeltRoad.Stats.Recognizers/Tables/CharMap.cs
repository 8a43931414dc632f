using System.Numerics;

namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// A read-only map from characters to values without hashing: one bit per character says which have a value, and a
/// value's place is the number of set bits before its own (counted per 64 characters in advance). 12 KB a map and a few
/// instructions a lookup: the word tables' roots, the extractor's word lists and its name finder ask at every place a
/// word may start. Public for the extractor: one definition of the map for both projects.
/// </summary>
public sealed class CharMap<T>
{
    private const int Words = (char.MaxValue + 1) / 64;

    private readonly ulong[] _bits = new ulong[Words];
    private readonly int[] _ranks = new int[Words];
    private readonly T[] _values;

    public CharMap(IEnumerable<KeyValuePair<char, T>> entries)
    {
        var sorted = entries.OrderBy(e => e.Key).ToArray();
        _values = [.. sorted.Select(e => e.Value)];
        foreach (var (c, _) in sorted)
        {
            _bits[c >> 6] |= 1UL << c;
        }

        for (var w = 1; w < Words; w++)
        {
            _ranks[w] = _ranks[w - 1] + BitOperations.PopCount(_bits[w - 1]);
        }
    }

    public bool TryGetValue(char c, out T value)
    {
        var word = _bits[c >> 6];
        var bit = 1UL << c; // a shift of a ulong counts modulo 64: c's bit in its word
        if ((word & bit) == 0)
        {
            value = default!;
            return false;
        }

        value = _values[_ranks[c >> 6] + BitOperations.PopCount(word & (bit - 1))];
        return true;
    }
}
