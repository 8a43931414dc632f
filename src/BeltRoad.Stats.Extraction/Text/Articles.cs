namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// The English definite article as the readers of a name's or a noun's edges step over it ("and the Export-Import Bank",
/// "Chinese Loans to the Caribbean", "the first half of the fiscal year"): one definition of the word and of how it is read
/// (whole, without case).
/// </summary>
internal static class Articles
{
    public const string Definite = "the";

    /// <summary><paramref name="gap"/> without the article ending it after a space ("and the" → "and").</summary>
    public static ReadOnlySpan<char> WithoutLast(ReadOnlySpan<char> gap) =>
        gap.Length > Definite.Length && gap[^(Definite.Length + 1)] == ' ' && gap.EndsWith(Definite, StringComparison.OrdinalIgnoreCase) ? gap[..^(Definite.Length + 1)] : gap;

    /// <summary>How many characters the article and its space take at the start of <paramref name="text"/> ("the "), else 0.</summary>
    public static int Opening(ReadOnlySpan<char> text) =>
        text.Length > Definite.Length && text[Definite.Length] == ' ' && text.StartsWith(Definite, StringComparison.OrdinalIgnoreCase) ? Definite.Length + 1 : 0;

    /// <summary>Whether <paramref name="word"/> is the article alone.</summary>
    public static bool Is(ReadOnlySpan<char> word) => word.Equals(Definite, StringComparison.OrdinalIgnoreCase);
}
