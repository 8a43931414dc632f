using System.Collections;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The items [<paramref name="from"/>, <paramref name="to"/>) of a list that is only ever appended to: a snapshot
/// without a copy.</summary>
internal sealed class ListWindow<T>(List<T> list, int from, int to) : IReadOnlyList<T>
{
    public int Count => to - from;

    public T this[int index] => (uint)index < (uint)(to - from) ? list[from + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = from; i < to; i++)
        {
            yield return list[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
