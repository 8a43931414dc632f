namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// A character trie built once from table data; <see cref="Match"/> returns the longest entry starting at a
/// position in time proportional to that entry's length, which keeps the scanner linear.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly List<Dictionary<char, int>?> children = [null];
    private readonly List<T?> values = [default];
    private readonly List<bool> terminal = [false];
    private readonly bool ignoreCase;

    public WordTable(bool ignoreCase) => this.ignoreCase = ignoreCase;

    public int Count { get; private set; }

    public void Add(string word, T value)
    {
        var node = 0;
        foreach (var raw in word)
        {
            var c = Norm(raw);
            var map = children[node] ??= [];
            if (!map.TryGetValue(c, out var next))
            {
                next = children.Count;
                children.Add(null);
                values.Add(default);
                terminal.Add(false);
                map[c] = next;
            }

            node = next;
        }

        if (!terminal[node])
        {
            Count++;
        }

        terminal[node] = true;
        values[node] = value;
    }

    public IEnumerable<char> FirstChars => children[0]?.Keys ?? Enumerable.Empty<char>();

    /// <summary>Longest entry at <paramref name="pos"/>; inline spaces inside the entry are skipped when asked.</summary>
    public int Match(string text, int pos, out T? value, bool skipInnerSpaces = false)
    {
        value = default;
        var best = 0;
        var node = 0;
        for (var i = pos; i < text.Length; i++)
        {
            var c = text[i];
            var map = children[node];
            if (skipInnerSpaces && i > pos && CharFold.IsInlineSpace(c) && (map is null || !map.ContainsKey(' ')))
            {
                continue;
            }

            if (map is null || !map.TryGetValue(Norm(c), out node))
            {
                break;
            }

            if (terminal[node])
            {
                best = i - pos + 1;
                value = values[node];
            }
        }

        return best;
    }

    /// <summary>Longest entry that ends exactly at <paramref name="end"/> (exclusive), looking back at most <paramref name="maxLength"/> chars.</summary>
    public int MatchEndingAt(string text, int end, int maxLength, out T? value)
    {
        value = default;
        for (var length = Math.Min(maxLength, end); length > 0; length--)
        {
            if (Match(text, end - length, out var v) == length)
            {
                value = v;
                return length;
            }
        }

        return 0;
    }

    private char Norm(char c) => ignoreCase ? CharFold.FoldLower(c) : CharFold.Fold(c);
}
