using System.Collections;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Several lists read as one, in order, without copying them: the table's skipped mentions are every document's
/// (≈ 660,000 at 100 MB, 21 MB as one array), and a cached run's copy of them into one list was a third of the
/// table's assembly, on one core, most of it the kernel handing out fresh pages. Immutable once made (the parts are the
/// documents' extractions, never changed) until it lets them go (<see cref="LetGo"/>), its count kept. An item is found
/// by its part's start, through a table of the part at every <see cref="Stride"/>th item: a few steps at most, whatever
/// the number of parts.
/// </summary>
internal sealed class JoinedList<T> : ILetGoList<T>
{
    private const int StrideBits = 8;
    private const int Stride = 1 << StrideBits;

    private IReadOnlyList<T>[] _parts;

    // The parts that are arrays (a decoded entry's), read directly rather than through the interface.
    private T[]?[] _arrays;

    private bool _letGo;

    // _starts[p] is the index of part p's first item; _starts[^1] the count.
    private readonly int[] _starts;

    // The part holding item k * Stride (empty parts skipped).
    private readonly int[] _partAt;

    public JoinedList(IEnumerable<IReadOnlyList<T>> parts)
    {
        _parts = [.. parts.Where(p => p.Count > 0)];
        _arrays = [.. _parts.Select(p => p as T[])];
        _starts = new int[_parts.Length + 1];
        for (var p = 0; p < _parts.Length; p++)
        {
            _starts[p + 1] = checked(_starts[p] + _parts[p].Count);
        }

        _partAt = new int[(Count + Stride - 1) >> StrideBits];
        for (int p = 0, k = 0; k < _partAt.Length; k++)
        {
            while (_starts[p + 1] <= k << StrideBits)
            {
                p++;
            }

            _partAt[k] = p;
        }
    }

    public int Count => _starts[^1];

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            ThrowIfLetGo();
            var p = _partAt[index >> StrideBits];
            while (_starts[p + 1] <= index)
            {
                p++;
            }

            return _arrays[p] is { } array ? array[index - _starts[p]] : _parts[p][index - _starts[p]];
        }
    }

    /// <summary>Lets the parts go (the collector frees them once nobody else holds them); <see cref="Count"/> stays.</summary>
    public void LetGo() => (_parts, _arrays, _letGo) = ([], [], true);

    private void ThrowIfLetGo()
    {
        if (_letGo)
        {
            throw new InvalidOperationException("The list's items were let go after their last reader.");
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        ThrowIfLetGo();
        return Items(_parts, _arrays);
    }

    private static IEnumerator<T> Items(IReadOnlyList<T>[] parts, T[]?[] arrays)
    {
        for (var p = 0; p < parts.Length; p++)
        {
            if (arrays[p] is { } array)
            {
                foreach (var item in array)
                {
                    yield return item;
                }

                continue;
            }

            for (var i = 0; i < parts[p].Count; i++)
            {
                yield return parts[p][i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
