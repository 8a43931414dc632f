using System.Collections;

namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// The places <see cref="WordList.Find"/> gives, left to right, never overlapping: a struct, so a <c>foreach</c> over
/// them allocates nothing (the meaning resolvers scan a few clauses for every figure).
/// </summary>
internal readonly struct WordMatches(WordList words, string text, int start, int end) : IEnumerable<(int Start, int End)>
{
    public Enumerator GetEnumerator() => new(words, text, start, end);

    IEnumerator<(int Start, int End)> IEnumerable<(int Start, int End)>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(WordList words, string text, int start, int end) : IEnumerator<(int Start, int End)>
    {
        private int _next = -1;

        public (int Start, int End) Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            for (var i = words.Next(text, _next < 0 ? start : _next, end); i >= 0; i = words.Next(text, i + 1, end))
            {
                if (words.At(text, i, end) is { } word)
                {
                    Current = (i, i + word.Length);
                    _next = i + word.Length;
                    return true;
                }
            }

            _next = end;
            return false;
        }

        public void Reset() => _next = -1;

        public readonly void Dispose()
        {
        }
    }
}
