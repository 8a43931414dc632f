namespace BeltRoad.Stats.Extraction.Text;

/// <summary>Whether a text starts or ends with one of a list's words, ordinally: loops over spans, asked for every name and figure.</summary>
internal static class Affixes
{
    // Asked for each name of each clause before a figure: a loop over the words, no copy of the text.
    /// <summary>Whether the text starts with one of the words (ordinally).</summary>
    internal static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words) => FirstStartingWith(text, words) is not null;

    // The first of the words (in their list's order) that the text starts with.
    internal static string? FirstStartingWith(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.StartsWith(words[i], StringComparison.Ordinal))
            {
                return words[i];
            }
        }

        return null;
    }

    internal static bool EndsWithAny(ReadOnlySpan<char> name, IReadOnlyList<string> suffixes) => FirstEndingWith(name, suffixes) is not null;

    // The first of the words (in their list's order) that the text ends with.
    internal static string? FirstEndingWith(ReadOnlySpan<char> name, IReadOnlyList<string> suffixes)
    {
        for (var i = 0; i < suffixes.Count; i++)
        {
            if (name.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return suffixes[i];
            }
        }

        return null;
    }

    /// <summary>Whether one of the words stands anywhere in the text (ordinally).</summary>
    internal static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.Contains(words[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is, whole, one of the words (ordinally).</summary>
    internal static bool IsOneOf(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.SequenceEqual(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
