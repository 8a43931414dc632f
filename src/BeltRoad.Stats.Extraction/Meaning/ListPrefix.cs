using System.Collections;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The first <paramref name="count"/> items of a list that is only ever appended to: a snapshot without a copy.</summary>
internal sealed class ListPrefix<T>(List<T> list, int count) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => index < count ? list[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return list[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
