
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
    // The trie as flat arrays, made on the first match after the table is filled (a race only builds the same twice) and
    // published as one object; an Add drops it. The lists above are for building only.
    private Frozen? frozen;

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

        frozen = null;

        terminal[node] = true;
        values[node] = value;
    }

    public IEnumerable<char> FirstChars => children[0]?.Keys ?? Enumerable.Empty<char>();

    /// <summary>
    /// Every entry's first <paramref name="length"/> characters as stored (normalised), or the whole entry when it is
    /// shorter (an entry that is the start of a longer one is given as well).
    /// </summary>
    public IEnumerable<string> Openings(int length) => OpeningsBelow(0, string.Empty, length);

    private IEnumerable<string> OpeningsBelow(int node, string opening, int length)
    {
        if (opening.Length == length)
        {
            yield return opening;
            yield break;
        }

        if (node != 0 && terminal[node])
        {
            yield return opening;
        }

        foreach (var (c, next) in children[node] ?? [])
        {
            foreach (var longer in OpeningsBelow(next, opening + c, length))
            {
                yield return longer;
            }
        }
    }

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
        var (trie, valueAt, endsAt) = frozen ??= Freeze();
        if (pos < text.Length && !trie.MayStart(text[pos]))
        {
            ScanMeter.Add(1);
            return 0;
        }

        var best = 0;
        var node = 0;
        var i = pos;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (skipInnerSpaces && i > pos && IsBlank(c) && trie.Next(node, ' ') < 0 && BreaksWord(text, i))
            {
                continue;
            }

            if ((node = trie.Next(node, Norm(c))) < 0)
            {
                break;
            }

            if (endsAt[node] && (accept is null || accept(valueAt[node]!)))
            {
                best = i - pos + 1;
                value = valueAt[node];
            }
        }

        ScanMeter.Add(i - pos + 1);
        return best;
    }

    private static bool IsBlank(char c) => CharFold.IsInlineSpace(c) || c is '\n' or '\r';

    // A blank inside an entry is skipped only where it breaks a word, letters or digits on both sides (八项\n行动,
    // 2030 年): before a symbol it parts two words ("the city's $1.9 billion" is no S$).
    private static bool BreaksWord(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsBlank(text[before]))
        {
            before--;
        }

        var after = i;
        while (after < text.Length && IsBlank(text[after]))
        {
            after++;
        }

        return before >= 0 && after < text.Length && char.IsLetterOrDigit(text[before]) && char.IsLetterOrDigit(text[after]);
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

    private Frozen Freeze()
    {
        var root = children[0];
        return new Frozen(new TrieEdges(children, c => root is not null && root.ContainsKey(Norm(c))), [.. values], [.. terminal]);
    }

    private sealed record Frozen(TrieEdges Edges, T?[] Values, bool[] Terminal);

    private char Norm(char c) => ignoreCase ? CharFold.FoldLower(c) : CharFold.Fold(c);
}
