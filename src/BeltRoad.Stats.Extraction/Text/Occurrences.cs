namespace BeltRoad.Stats.Extraction.Text;

/// <summary>Walking a word's occurrences in a text, ordinally, without copying it.</summary>
internal static class Occurrences
{
    /// <summary>The index of the word's next occurrence after the one at <paramref name="at"/> (a search from the index
    /// after it: a word whose end may overlap its start is found overlapping); -1 where there is none.</summary>
    internal static int Next(ReadOnlySpan<char> text, string word, int at) =>
        text[(at + 1)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>The index of the word's next occurrence after the end of the one at <paramref name="at"/> (occurrences that
    /// do not overlap: 「 > 」 counted in 「 > > 」 once); -1 where there is none.</summary>
    internal static int NextAfterEnd(ReadOnlySpan<char> text, string word, int at) =>
        text[(at + word.Length)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + word.Length + next : -1;

    /// <summary>
    /// Whether <paramref name="stem"/> stands in the text, without case, at a word's start where it starts with a Latin
    /// letter ("operat" in "began operations", not in "cooperation"); a Han stem anywhere (Han text has no word edges).
    /// </summary>
    internal static bool StartsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> stem)
    {
        var latin = stem.Length > 0 && char.IsAsciiLetter(stem[0]);
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (!latin || at == 0 || !char.IsAsciiLetter(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
