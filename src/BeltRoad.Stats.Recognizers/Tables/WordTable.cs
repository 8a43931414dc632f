
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
    // Which characters (as written) an entry may start with, one bit each: most positions a scan asks about start none,
    // and this answers them before the root's hash lookup. Made on the first match, after the table is filled.
    private ulong[]? rootStarts;

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

        rootStarts = null;

        terminal[node] = true;
        values[node] = value;
    }

    public IEnumerable<char> FirstChars => children[0]?.Keys ?? Enumerable.Empty<char>();

    /// <summary>
    /// Longest entry at <paramref name="pos"/>; when asked, inline spaces and line breaks inside the entry are skipped
    /// (PDF text breaks lines inside words: 八项\n行动 is the label 八项行动).
    /// </summary>
    public int Match(string text, int pos, out T? value, bool skipInnerSpaces = false) =>
        MatchWhere(text, pos, null, out value, skipInnerSpaces);

    /// <summary>Longest entry at <paramref name="pos"/> whose value passes <paramref name="accept"/> (年 inside 年前).</summary>
    public int MatchWhere(string text, int pos, Func<T, bool>? accept, out T? value, bool skipInnerSpaces = false)
    {
        value = default;
        var best = 0;
        var node = 0;
        var i = pos;
        if (i < text.Length && !MayStart(text[i]))
        {
            ScanMeter.Add(1);
            return 0;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            var map = children[node];
            if (skipInnerSpaces && i > pos && (CharFold.IsInlineSpace(c) || c is '\n' or '\r') && (map is null || !map.ContainsKey(' ')))
            {
                continue;
            }

            if (map is null || !map.TryGetValue(Norm(c), out node))
            {
                break;
            }

            if (terminal[node] && (accept is null || accept(values[node]!)))
            {
                best = i - pos + 1;
                value = values[node];
            }
        }

        ScanMeter.Add(i - pos + 1);
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

    private bool MayStart(char c)
    {
        var starts = rootStarts ??= RootStarts(); // a race only builds the same table twice
        return (starts[c >> 6] & (1UL << c)) != 0; // a shift of a ulong counts modulo 64: c's bit in its word
    }

    private ulong[] RootStarts()
    {
        var starts = new ulong[(char.MaxValue + 1) / 64];
        if (children[0] is { } root)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (root.ContainsKey(Norm((char)c)))
                {
                    starts[c >> 6] |= 1UL << c;
                }
            }
        }

        return starts;
    }

    private char Norm(char c) => ignoreCase ? CharFold.FoldLower(c) : CharFold.Fold(c);
}
