namespace BeltRoad.Stats.Storage;

/// <summary>
/// The byte ranges of a published export that are copied as they stand, each keyed by the new table's index of its
/// first fact: a range grows while the next copied fact follows it in both files, so a run of unchanged documents is
/// one copy.
/// </summary>
internal sealed class CopiedRanges
{
    private readonly Dictionary<int, (int Start, int End, int Count)> _ranges = [];
    private (int First, int Start, int End, int Count)? _open;

    /// <summary>Where the range being grown ends in the published file (null: none is).</summary>
    public int? OpenEnd => _open?.End;

    /// <summary>
    /// Adds <paramref name="count"/> facts from index <paramref name="first"/>, bytes [<paramref name="start"/>,
    /// <paramref name="end"/>); they join the open range when they follow its facts in the new table and
    /// <paramref name="adjacent"/> (the caller has checked that only a separator lies between them in the file).
    /// </summary>
    public void Add(int first, int start, int end, int count, bool adjacent)
    {
        if (adjacent && _open is { } open && open.First + open.Count == first)
        {
            _open = open with { End = end, Count = open.Count + count };
            return;
        }

        Close();
        _open = (first, start, end, count);
    }

    /// <summary>Ends the open range: the next fact does not join it.</summary>
    public void Close()
    {
        if (_open is { } open)
        {
            _ranges.Add(open.First, (open.Start, open.End, open.Count));
            _open = null;
        }
    }

    /// <summary>The ranges, the open one closed.</summary>
    public Dictionary<int, (int Start, int End, int Count)> Done()
    {
        Close();
        return _ranges;
    }
}
