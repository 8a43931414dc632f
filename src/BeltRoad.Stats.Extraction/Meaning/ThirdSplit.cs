namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The aliases agreeing with a start's first two characters, split by their third: a text position is compared only with
/// those agreeing with its third character and the two-character ones, each list longest first as the whole was.
/// </summary>
internal sealed class ThirdSplit
{
    private readonly char[] _thirds;
    private readonly (string Alias, EntityEntry Entry)[][] _byThird;
    private readonly (string Alias, EntityEntry Entry)[] _short;

    private ThirdSplit(char[] thirds, (string Alias, EntityEntry Entry)[][] byThird, (string Alias, EntityEntry Entry)[] shortOnes)
    {
        _thirds = thirds;
        _byThird = byThird;
        _short = shortOnes;
    }

    /// <summary>Splits a list ordered longest first; the order is kept in every part.</summary>
    public static ThirdSplit Of((string Alias, EntityEntry Entry)[] agreeing)
    {
        char[] thirds = [.. agreeing.Where(a => a.Alias.Length > 2).Select(a => a.Alias[2]).Distinct()];
        return new(
            thirds,
            [.. thirds.Select(third => agreeing.Where(a => a.Alias.Length <= 2 || a.Alias[2] == third).ToArray())],
            [.. agreeing.Where(a => a.Alias.Length <= 2)]);
    }

    /// <summary>The aliases that may stand where the third character is <paramref name="third"/>.</summary>
    public (string Alias, EntityEntry Entry)[] Agreeing(char third) =>
        Array.IndexOf(_thirds, third) is var at and >= 0 ? _byThird[at] : _short;
}
