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
}
