namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// A list of distinct texts numbered in first-seen order: a fact row's text cell is a position in it. The page data
/// sends it in pieces, each piece the texts its block of rows met first (<see cref="Since"/>), so every block
/// refers only to texts sent with it or before it.
/// </summary>
internal sealed class TextList
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int Count => _texts.Count;

    public int IndexOf(string text)
    {
        if (!_positions.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _positions.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    /// <summary>The texts from position <paramref name="start"/> on, in order.</summary>
    public IEnumerable<string> Since(int start) => _texts.Skip(start);
}
