namespace BeltRoad.Stats.Extraction.Normalizing;

/// <summary>
/// Normalised index → original index, held as runs: from each run's start on, original = normalised + the run's shift.
/// The shift changes only where the normaliser drops or inserts a character, so a document needs a handful of runs
/// where an entry per character took four bytes a character (the extractor's largest array). Filled in index order.
/// </summary>
internal sealed class OffsetMap
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _shifts = [0];

    /// <summary>Normalised character <paramref name="normalized"/> (the next one, in order) stands at <paramref name="original"/>.</summary>
    public void Add(int normalized, int original)
    {
        var shift = original - normalized;
        if (shift == _shifts[^1])
        {
            return;
        }

        if (normalized == _starts[^1])
        {
            _shifts[^1] = shift; // the run had no character yet: it starts with this shift
            return;
        }

        _starts.Add(normalized);
        _shifts.Add(shift);
    }

    public int this[int normalized]
    {
        get
        {
            var run = _starts.BinarySearch(normalized);
            return normalized + _shifts[run >= 0 ? run : ~run - 1];
        }
    }
}
