using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// The words of a comparison's base, one list (time-words.json baseline and baseline_periods): 较, 比, "than", "compared
/// with", "from" … and the change nouns with "on" ("gain on", "increase on") that compare only periods (a year, a half, a
/// quarter, a month, a span), never a day: "posted a 3 percent gain on March 5" dates the gain.
/// </summary>
internal sealed class BaselineWords(WordList plain, WordList periodsOnly)
{
    private readonly HashSet<string> _periodsOnly = new(periodsOnly.Words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every base word, the periods-only ones included.</summary>
    public WordList All { get; } = new(plain.Words.Concat(periodsOnly.Words));

    /// <summary>Whether <paramref name="word"/> (one of <see cref="All"/>) names a base only before a period.</summary>
    public bool PeriodsOnly(string word) => _periodsOnly.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a base before a date of this kind (a period or a day).</summary>
    public bool Before(string? word, bool period) => word is not null && (period || !PeriodsOnly(word));
}
