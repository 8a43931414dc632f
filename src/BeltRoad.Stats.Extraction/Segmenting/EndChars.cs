using System.Buffers;

namespace BeltRoad.Stats.Extraction.Segmenting;

/// <summary>
/// Characters that end a sentence or a clause, some ASCII (!?. ,;:) and some not (。！？ ，；：), found with two vectorised
/// searches, one per kind. SearchValues compares up to five characters at once exactly (see CharStarts); for six
/// of both kinds it uses a map that checks every non-ASCII character again, and in Chinese text that is every character:
/// a fresh 100 MB run spent 1.7 s of CPU there, a sixth of its extraction. A scan resumes each search only once it has
/// passed that search's last hit, so the text is read at most twice.
/// </summary>
internal sealed class EndChars
{
    private readonly SearchValues<char> _ascii;
    private readonly SearchValues<char> _other;

    public EndChars(string chars)
    {
        _ascii = SearchValues.Create([.. chars.Where(char.IsAscii)]);
        _other = SearchValues.Create([.. chars.Where(c => !char.IsAscii(c))]);
    }

    public bool Contains(char c) => _ascii.Contains(c) || _other.Contains(c);

    /// <summary>A scan of [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/> for these characters, in order.</summary>
    public Scan In(string text, int from, int end) => new(this, text, from, end);

    /// <summary>Where the characters stand in a range, one after the other (<see cref="Next"/>).</summary>
    internal struct Scan(EndChars chars, string text, int from, int end)
    {
        // Each kind's next hit at or after the scan's place; -1 none left, -2 not yet searched.
        private int _ascii = -2;
        private int _other = -2;
        private int _from = from;

        /// <summary>The index of the next of the characters after the last one returned, or -1 when none is left.</summary>
        public int Next()
        {
            if (_ascii != -1 && _ascii < _from)
            {
                _ascii = Find(chars._ascii);
            }

            if (_other != -1 && _other < _from)
            {
                _other = Find(chars._other);
            }

            var at = _ascii < 0 ? _other : _other < 0 ? _ascii : Math.Min(_ascii, _other);
            _from = at < 0 ? end : at + 1;
            return at;
        }

        private readonly int Find(SearchValues<char> values)
        {
            var at = _from < end ? text.AsSpan(_from, end - _from).IndexOfAny(values) : -1;
            return at < 0 ? -1 : _from + at;
        }
    }
}
