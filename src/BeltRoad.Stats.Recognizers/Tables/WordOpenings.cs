namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// Which three characters (two ASCII letters, then a letter or anything else; case folded) open an entry of some tables:
/// a word of English text whose opening no entry has cannot start one, and costs one look instead of a walk through each
/// table. Only openings that start with two letters are marked, so a word whose second character is not a letter ("R$",
/// "U.S.", "a million") is always let through.
/// </summary>
internal sealed class WordOpenings
{
    // The third place of an opening: a letter's index, or this for anything else (a blank, a sign, the text's end).
    private const int NotALetter = 26;
    private const int Thirds = 27;

    private readonly bool[] marked = new bool[26 * 26 * Thirds];

    /// <summary>
    /// Marks each opening (an entry's first three characters, or the whole entry when shorter). An entry shorter than three
    /// letters opens every word it starts (a short word a scraped page ran into a number is read with a letter after
    /// it): one letter, every pair and third of it; two, every third.
    /// </summary>
    public WordOpenings(IEnumerable<string> openings)
    {
        foreach (var opening in openings)
        {
            Mark(opening);
        }
    }

    /// <summary>
    /// False when the word at <paramref name="i"/> (an ASCII letter) opens with three characters no entry opens with (of a
    /// word of two letters, its two letters and what follows). True whenever the second character is not an ASCII letter.
    /// </summary>
    public bool MayOpen(string text, int i)
    {
        var second = i + 1 < text.Length ? text[i + 1] : ' ';
        if (!char.IsAsciiLetter(second))
        {
            return true;
        }

        var third = i + 2 < text.Length ? text[i + 2] : ' ';
        return marked[Index(text[i], second, char.IsAsciiLetter(third) ? Lower(third) - 'a' : NotALetter)];
    }

    private static char Lower(char c) => (char)(c | 0x20);

    private static int Index(char first, char second, int third) => ((((Lower(first) - 'a') * 26) + Lower(second) - 'a') * Thirds) + third;

    private void Mark(string opening)
    {
        var a = CharFold.Fold(opening[0]);
        var b = opening.Length > 1 ? CharFold.Fold(opening[1]) : 'a';
        if (!char.IsAsciiLetter(a) || !char.IsAsciiLetter(b))
        {
            return;
        }

        if (opening.Length == 1)
        {
            Array.Fill(marked, true, Index(a, 'a', 0), 26 * Thirds);
        }
        else if (opening.Length == 2)
        {
            Array.Fill(marked, true, Index(a, b, 0), Thirds);
        }
        else
        {
            var c = CharFold.Fold(opening[2]);
            marked[Index(a, b, char.IsAsciiLetter(c) ? Lower(c) - 'a' : NotALetter)] = true;
        }
    }
}
