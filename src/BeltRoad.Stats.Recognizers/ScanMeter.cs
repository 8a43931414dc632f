namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// Counts the characters the scanner and its parsers read (trie steps, numeral steps, look-ahead windows) on the
/// current thread. Tests assert the count is at most k·n for inputs of n characters: a deterministic linearity
/// check that cannot flake the way a wall-clock limit can. Each loop adds once per call, so the cost is small.
/// </summary>
internal static class ScanMeter
{
    [ThreadStatic]
    private static long steps;

    public static long Steps => steps;

    public static void Reset() => steps = 0;

    public static void Add(int count) => steps += count;
}
