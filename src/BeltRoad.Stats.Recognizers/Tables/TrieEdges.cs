namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// A filled trie's edges in flat arrays: each node's edges side by side, sorted by character, so a step is a short scan
/// (or a binary search at a wide node) over adjacent memory instead of a hash lookup in a dictionary per node. The root,
/// where every match starts and which has the most edges, is a <see cref="CharMap{T}"/> of its edges' targets. Also which
/// characters the root takes as written, one bit each: most positions a scan asks about start no entry.
/// </summary>
internal sealed class TrieEdges
{
    // Up to this many edges a linear scan beats a binary search.
    private const int ScannedAtMost = 8;
    private const int Words = (char.MaxValue + 1) / 64;

    private readonly int[] _first;
    private readonly char[] _chars;
    private readonly int[] _targets;
    private readonly ulong[] _rootStarts = new ulong[Words];
    private readonly CharMap<int> _root;

    /// <param name="children">Each node's edges by (normalised) character; null for a leaf.</param>
    /// <param name="rootStart">Whether a character as written may take the root's edge (its normalised form has one).</param>
    public TrieEdges(IReadOnlyList<Dictionary<char, int>?> children, Func<char, bool> rootStart)
    {
        _first = new int[children.Count + 1];
        var count = 0;
        for (var node = 0; node < children.Count; node++)
        {
            _first[node] = count;
            count += children[node]?.Count ?? 0;
        }

        _first[children.Count] = count;
        _chars = new char[count];
        _targets = new int[count];
        for (var node = 0; node < children.Count; node++)
        {
            if (children[node] is { } map)
            {
                var at = _first[node];
                foreach (var (c, target) in map.OrderBy(e => e.Key))
                {
                    (_chars[at], _targets[at]) = (c, target);
                    at++;
                }
            }
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (rootStart((char)c))
            {
                _rootStarts[c >> 6] |= 1UL << c;
            }
        }

        _root = new CharMap<int>(children.Count > 0 && children[0] is { } root ? root : []);
    }

    /// <summary>Whether an entry may start with <paramref name="c"/> as written.</summary>
    public bool MayStart(char c) => (_rootStarts[c >> 6] & (1UL << c)) != 0; // a ulong shift counts modulo 64: c's bit in its word

    /// <summary>The node the edge <paramref name="c"/> leads to from <paramref name="node"/>, or -1.</summary>
    public int Next(int node, char c)
    {
        if (node == 0)
        {
            return _root.TryGetValue(c, out var target) ? target : -1;
        }

        int low = _first[node], high = _first[node + 1];
        if (high - low <= ScannedAtMost)
        {
            for (var k = low; k < high; k++)
            {
                if (_chars[k] == c)
                {
                    return _targets[k];
                }
            }

            return -1;
        }

        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_chars[mid] < c)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low < _first[node + 1] && _chars[low] == c ? _targets[low] : -1;
    }
}
