namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/>, answered at once above U+3000 (all of Han), where no character is white space:
/// the loops over a clause ask it of every character, and the general answer for a non-Latin one is a Unicode table lookup.
/// </summary>
internal static class Blank
{
    public static bool Is(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>Where the text goes on after the spaces (U+0020) from <paramref name="at"/>, before <paramref name="end"/>.</summary>
    public static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
