namespace BeltRoad.Stats.Pdf.Text;

/// <summary>
/// The English phrases of a Chinese line (「要点数据 Headline figures」): maximal runs that start and end with an ASCII
/// letter, hold at least two, and join words by spaces, digits and . - ' &amp; — what a tagged PDF marks /Lang (en) so a
/// screen reader switches voice.
/// </summary>
internal static class LatinRuns
{
    private const int MinLetters = 2;

    public static List<(int Start, int End)> Of(string text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i, end = i, letters = 0;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is ' ' or '.' or '-' or '\'' or '&'))
            {
                if (char.IsAsciiLetter(text[i]))
                {
                    letters++;
                    end = i + 1;
                }

                i++;
            }

            if (letters >= MinLetters)
            {
                runs.Add((start, end));
            }
        }

        return runs;
    }
}
