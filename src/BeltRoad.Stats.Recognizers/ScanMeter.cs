namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// Counts the characters the scanner and its parsers read (trie steps, numeral steps, look-ahead windows) on the
/// current thread. Tests assert the count is at most k·n for inputs of n characters: a deterministic linearity
/// check that cannot flake the way a wall-clock limit can. Counting starts with the first <see cref="Reset"/>, which
/// only a test calls: until then an Add is one read of a shared flag, not a thread-static update (a call into the
/// runtime's thread-local storage on every trie lookup, ≈ 2 % of an extraction).
/// </summary>
internal static class ScanMeter
{
    private static bool counting;

    [ThreadStatic]
    private static long steps;

    public static long Steps => steps;

    public static void Reset()
    {
        counting = true;
        steps = 0;
    }

    public static void Add(int count)
    {
        if (counting)
        {
            steps += count;
        }
    }
}
