namespace BeltRoad.Stats.Extraction.Text;

/// <summary>Walking a word's occurrences in a text, ordinally, without copying it.</summary>
internal static class Occurrences
{
    /// <summary>The index of the word's next occurrence after the one at <paramref name="at"/> (a search from the index
    /// after it: a word whose end may overlap its start is found overlapping); -1 where there is none.</summary>
    internal static int Next(ReadOnlySpan<char> text, string word, int at) =>
        text[(at + 1)..].IndexOf(word, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;
}
