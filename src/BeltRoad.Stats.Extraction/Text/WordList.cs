using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// A list of cue words, longest first. Han words match anywhere; Latin words only as whole words, case-insensitive
/// ("now" is not inside "known"). Indexed by first character, so a scan is linear in the text.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _words;
    // Each word with how to compare it regardless of case (IgnoringCase), decided once: EndOf asks it of every word.
    private readonly (string Word, StringComparison Comparison)[] _compared;
    // Each word's last character as EndOf compares it (LastKey), in the list's order: a vectorised search over these
    // finds the few words a text can end with, where a loop over the words read every word's string.
    private readonly char[] _lastKeys;
    private readonly CharMap<string[]> _byFirst;
    private readonly CharStarts _firsts;

    public WordList(IEnumerable<string> words)
    {
        _words = [.. words.OrderByDescending(w => w.Length)];
        _compared = [.. _words.Select(w => (w, IgnoringCase(w)))];
        _lastKeys = [.. _words.Select(w => LastKey(w[^1]) ?? AnyLast)];
        var byFirst = _words.GroupBy(w => char.ToLowerInvariant(w[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _byFirst = new CharMap<string[]>(byFirst);
        // Every character a word can start with, both cases of a Latin one: a scan jumps between them.
        _firsts = new CharStarts(byFirst.Keys.SelectMany(c => char.IsAsciiLetter(c) ? [c, char.ToUpperInvariant(c)] : new[] { c }));
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>The length of the longest word (0 for an empty list): how far back a window for <see cref="EndOf"/> must reach.</summary>
    public int Longest => _words.Length == 0 ? 0 : _words[0].Length;

    /// <summary>The word that <paramref name="text"/> ends with (after trimming spaces), or null.</summary>
    public string? EndOf(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.IsEmpty)
        {
            return null;
        }

        // A word must end with the text's last character (ignoring case where it is compared so): only the words whose key
        // is the character's are compared.
        var last = text[^1];
        if (LastKey(last) is not { } key)
        {
            // A cased letter beyond ASCII ends the text: every word is compared, as the key cannot tell.
            for (var k = 0; k < _compared.Length; k++)
            {
                if (EndsWith(text, k, last))
                {
                    return _compared[k].Word;
                }
            }

            return null;
        }

        for (var k = 0; k < _lastKeys.Length; k++)
        {
            var skip = _lastKeys.AsSpan(k).IndexOfAny(key, AnyLast);
            if (skip < 0)
            {
                break;
            }

            k += skip;
            if (EndsWith(text, k, last))
            {
                return _compared[k].Word;
            }
        }

        return null;
    }

    private bool EndsWith(ReadOnlySpan<char> text, int k, char last)
    {
        var (word, comparison) = _compared[k];
        return (comparison != StringComparison.Ordinal || word[^1] == last) && text.EndsWith(word, comparison)
            && (!IsLatin(word) || text.Length == word.Length || !char.IsAsciiLetter(text[^(word.Length + 1)]));
    }

    // The key of a word's or a text's last character under EndOf's comparison: an ASCII letter folded to lower case, a
    // character without case itself (equal to no other ignoring case); a cased letter beyond ASCII has none (null).
    private static char? LastKey(char c) =>
        char.IsAsciiLetterUpper(c) ? (char)(c | 0x20)
        : char.IsAscii(c) || c is >= '\u4E00' and <= '\u9FFF' || (char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c) ? c : null;

    // The key of a word that ends with a cased letter beyond ASCII: compared whatever the text ends with.
    private const char AnyLast = '\uFFFF';

    /// <summary>
    /// Every place in [start, end) where a word stands, left to right, never overlapping. A window reaching past the
    /// text's ends (「the three characters before the figure」 at the text's start) covers the text it overlaps.
    /// </summary>
    public WordMatches Find(string text, int start, int end) => new(this, text, Math.Max(0, start), Math.Min(text.Length, end));

    /// <summary>Whether a word stands anywhere in [start, end).</summary>
    public bool Any(string text, int start, int end) => Find(text, start, end).GetEnumerator().MoveNext();

    /// <summary>Where the last word <see cref="Find"/> gives in [start, end) starts, or -1.</summary>
    public int Last(string text, int start, int end)
    {
        var last = -1;
        foreach (var (at, _) in Find(text, start, end))
        {
            last = at;
        }

        return last;
    }

    /// <summary>The first place in [from, end) where a word may start, or -1; the window cut to the text as in <see cref="Find"/>.</summary>
    public int Next(string text, int from, int end) => _firsts.Next(text, Math.Max(0, from), Math.Min(text.Length, end));

    /// <summary>The longest word standing at <paramref name="at"/> and ending by <paramref name="end"/>, or null.</summary>
    public string? At(string text, int at, int end)
    {
        end = Math.Min(end, text.Length);
        if (at >= end || at < 0)
        {
            return null;
        }

        var c = text[at];
        if (_byFirst.TryGetValue(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c, out var candidates))
        {
            foreach (var word in candidates)
            {
                if (at + word.Length <= end && Matches(text, at, word) && Bounded(text, at, word))
                {
                    return word;
                }
            }
        }

        return null;
    }

    private static bool Matches(string text, int at, string word) =>
        IsLatin(word) ? text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) : text.AsSpan(at, word.Length).SequenceEqual(word);

    private static bool Bounded(string text, int at, string word) => IsWholeWord(text, at, word.Length);

    /// <summary>A Latin word matches only whole ("now" is not inside "known"); Han text has no spaces to go by.</summary>
    public static bool IsWholeWord(string text, int at, int length) =>
        !char.IsAsciiLetter(text[at])
        || ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + length >= text.Length || !char.IsAsciiLetter(text[at + length])));

    /// <summary>
    /// How to look for <paramref name="word"/> without regard to case: ordinally when it has no cased letter (a Han cue
    /// matches exactly the same places), which is several times faster than a case-insensitive search.
    /// </summary>
    public static StringComparison IgnoringCase(string word)
    {
        foreach (var c in word)
        {
            // ASCII and Han answer without the case tables; anything else asks them.
            if (char.IsAscii(c) ? char.IsAsciiLetter(c) : c is < '\u4E00' or > '\u9FFF' && (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c))
            {
                return StringComparison.OrdinalIgnoreCase;
            }
        }

        return StringComparison.Ordinal;
    }

    private static bool IsLatin(string word) => char.IsAsciiLetter(word[0]);
}
