namespace BeltRoad.Stats.Domain;

/// <summary>
/// Where each page of a paged document (a PDF) starts in its text, so any offset maps to a page number.
/// Compared by value: two maps with the same starts are equal.
/// </summary>
public sealed class PageMap : IEquatable<PageMap>
{
    private readonly int[] _starts;

    /// <param name="starts">Offset of each page's first character, ascending, the first one 0.</param>
    public PageMap(IEnumerable<int> starts)
    {
        _starts = [.. starts];
        if (_starts.Length == 0 || _starts[0] != 0 || _starts.Zip(_starts.Skip(1)).Any(p => p.Second < p.First))
        {
            throw new ArgumentException("Page starts must begin at 0 and ascend.", nameof(starts));
        }
    }

    public IReadOnlyList<int> Starts => _starts;

    public int Count => _starts.Length;

    /// <summary>Pages as poppler's pdftotext writes them: each page's text ends with a form feed.</summary>
    public static PageMap FromFormFeeds(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\f'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\f', i + 1))
        {
            starts.Add(i + 1);
        }

        return new(starts);
    }

    /// <summary>The 1-based page holding <paramref name="offset"/>.</summary>
    public int PageOf(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? LastPageStartingAt(index) + 1 : ~index;
    }

    public bool Equals(PageMap? other) => other is not null && _starts.AsSpan().SequenceEqual(other._starts);

    public override bool Equals(object? obj) => Equals(obj as PageMap);

    public override int GetHashCode() => HashCode.Combine(_starts.Length, _starts[^1]);

    // An empty page starts where the next one does; the offset belongs to the last of them.
    private int LastPageStartingAt(int index)
    {
        while (index + 1 < _starts.Length && _starts[index + 1] == _starts[index])
        {
            index++;
        }

        return index;
    }
}
