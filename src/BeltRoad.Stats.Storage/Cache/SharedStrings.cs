using System.Collections.Concurrent;
using System.Text;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One string per distinct label across a run's cache entries: every document repeats the catalogue's metric codes,
/// entities, indicators, measure words and skip reasons (and often section headings and subjects), and each entry's
/// string table holds its own copy, so a cached run decoded ≈ 480,000 strings at 100 MB where a few thousand differ.
/// Looked up by the entry's UTF-8, so a known label costs no string. Thread-safe (the workers decode at once).
/// </summary>
internal sealed class SharedStrings
{
    // Longer strings are decoded on the heap for the lookup; labels are short.
    private const int StackChars = 256;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public SharedStrings() => _byChars = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Of(ReadOnlySpan<byte> utf8)
    {
        var length = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        var chars = length <= StackChars ? stackalloc char[StackChars] : new char[length];
        chars = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_byChars.TryGetValue(chars, out var known, out _))
        {
            return known;
        }

        var text = new string(chars);
        return _strings.GetOrAdd(text, text);
    }
}
