using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Where a passage states a total and its parts: a figure whose clause opens with a subset word (其中, of which,
/// including) is the first part of the figure stated just before it; the next figures like it (same comparison key)
/// follow as parts while each stands within <see cref="MaxGap"/> characters of the one before. The first unlike figure
/// ends the enumeration (「…东线600列。截至2023年底累计开行2.1万列」: a level after period totals).
/// </summary>
internal static class BreakdownRule
{
    /// <summary>Characters between two figures of one enumeration (「2600列，中线开行1500列」: 5).</summary>
    public const int MaxGap = 30;

    /// <summary>The words that open a part: the extraction's subset_words (label-words.json), which label parts likewise.</summary>
    private static readonly string[] SubsetWords = ["其中", "of which", "including"];

    private static readonly char[] Leading = ['，', ',', '：', ':', ' ', '、'];

    /// <summary>Every total-and-parts passage in <paramref name="facts"/>, valid or not, in document order.</summary>
    public static IReadOnlyList<Breakdown> Passages(IReadOnlyList<FactView> facts) =>
        InDocumentOrder([.. facts.GroupBy(f => f.Document.Number).OrderBy(g => g.Key).SelectMany(d => d.OrderBy(f => f.Fact.Span))]);

    /// <summary>The passages of <paramref name="ordered"/>, facts already by document number and then span (as <see cref="Passages"/> orders them).</summary>
    public static IReadOnlyList<Breakdown> InDocumentOrder(IReadOnlyList<FactView> ordered)
    {
        var passages = new List<Breakdown>();
        for (var (start, end) = (0, 0); start < ordered.Count; start = end)
        {
            // A passage never reaches into the next document.
            end = start + 1;
            while (end < ordered.Count && ordered[end].Document.Number == ordered[start].Document.Number)
            {
                end++;
            }

            for (var i = start + 1; i < end; i++)
            {
                // The gap first: a comparison of two offsets, where OpensPart reads the quote.
                if (Gap(ordered[i - 1], ordered[i]) > MaxGap || !OpensPart(ordered[i], ordered[i - 1]))
                {
                    continue;
                }

                var parts = new List<FactView> { ordered[i] };
                var like = ComparisonKey.InPassage(ordered[i].Fact);
                for (var j = i + 1; j < end && like is not null && Follows(parts[^1], ordered[j]) && ComparisonKey.InPassage(ordered[j].Fact) == like; j++)
                {
                    parts.Add(ordered[j]);
                }

                passages.Add(new Breakdown(ordered[i - 1], parts));
            }
        }

        return passages;
    }

    public static string WithoutSubsetWord(string text)
    {
        var trimmed = text.TrimStart(Leading);
        return SubsetWords.FirstOrDefault(w => trimmed.StartsWith(w, StringComparison.OrdinalIgnoreCase)) is { } word
            ? trimmed[word.Length..].TrimStart(Leading)
            : trimmed;
    }

    /// <summary>
    /// The first figure of a clause that opens with a subset word; a later figure of the same clause
    /// (「其中包括72个共建国家的326个文化机构」: 326) belongs to the first, not to a passage of its own.
    /// </summary>
    private static bool OpensPart(FactView fact, FactView before) =>
        !string.Equals(fact.Fact.Quote, before.Fact.Quote, StringComparison.Ordinal) && OpensWithSubsetWord(fact.Fact.Quote);

    // Asked of every fact of every group: read in place, no trimmed copy or closure per fact.
    private static bool OpensWithSubsetWord(string quote)
    {
        var trimmed = quote.AsSpan().TrimStart(Leading);
        foreach (var word in SubsetWords)
        {
            if (trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Follows(FactView last, FactView next) => !OpensPart(next, last) && Gap(last, next) <= MaxGap;

    private static int Gap(FactView before, FactView after) => after.Fact.Span.Start - before.Fact.Span.End;
}
