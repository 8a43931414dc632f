using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Whose budget year a fiscal word names, and so the month it starts in (time-words.json fiscal_year_starts, keyed by the
/// catalogue's canonical names): a country (or region) named right before it, its possessive or adjective, a split year
/// between at most ("Pakistan's fiscal year", "India's FY2023-24", "the Thai fiscal year", "Kenya's 2023/24 financial
/// year"; one the table does not list budgets by the calendar year, fiscal_year_start_other); else the nearest country
/// before it in its sentence (listed, or any other catalogued country at fiscal_year_start_other) ("China invested $432.7 million in Pakistan in fiscal year 2022-23"), else the first
/// after it; else the listed country the document names most (a national outlet's report on its own budget: "In the last
/// fiscal year, the project received Tk 62.1 billion" in a Bangladeshi paper naming Bangladesh); else none is known
/// (fiscal_year_start). Read once per document that names a budget year.
/// </summary>
internal static class BudgetCountries
{
    public static BudgetYearStarts Find(string text, IReadOnlyList<Sentence> sentences, NameFinder names, TimeWords words)
    {
        var starts = new List<(int At, int Month)>();
        var found = new List<EntityName>();
        int? documentMonth = null;
        var documentRead = false;
        foreach (var sentence in sentences)
        {
            var read = false;
            foreach (var (start, _) in words.FiscalYears.Find(text, sentence.Start, sentence.End))
            {
                if (!read)
                {
                    names.Find(text, sentence.Start, sentence.End, [], found);
                    read = true;
                }

                var month = Possessor(text, found, start, names.Possessives, words) ?? Nearest(found, start, words);
                if (month is null && !documentRead)
                {
                    (documentMonth, documentRead) = (MostNamed(text, names, words), true);
                }

                if ((month ?? documentMonth) is { } known)
                {
                    starts.Add((start, known));
                }
            }
        }

        return starts.Count == 0 ? BudgetYearStarts.None : new BudgetYearStarts([.. starts]);
    }

    // A country or region whose name (or adjective) ends right before the fiscal word: a possessive (entity-names.json
    // possessives: "'s"), blanks and a split year between at most.
    private static int? Possessor(string text, List<EntityName> found, int at, IReadOnlyList<string> possessives, TimeWords words)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var name = found[k];
            if (name.End > at)
            {
                continue;
            }

            return name.Kind is EntityKind.Country or EntityKind.Region && OnlyPossessive(text.AsSpan(name.End, at - name.End), possessives)
                ? words.FiscalYearStarts.TryGetValue(name.Name, out var month) ? month : words.FiscalYearStartOther
                : null;
        }

        return null;
    }

    private static bool OnlyPossessive(ReadOnlySpan<char> between, IReadOnlyList<string> possessives)
    {
        foreach (var possessive in possessives)
        {
            if (between.StartsWith(possessive, StringComparison.Ordinal))
            {
                between = between[possessive.Length..];
                break;
            }
        }

        foreach (var c in between)
        {
            if (!(c == ' ' || char.IsAsciiDigit(c) || c is '-' or '/' or '–'))
            {
                return false;
            }
        }

        return true;
    }

    // The nearest country before the fiscal word in its sentence, else the first after it: a listed one's month, any other
    // catalogued country's fiscal_year_start_other ("Iran's exports in fiscal year 2023-24" in a document about Japan is
    // no Japanese budget year; China, time-words.json fiscal_year_partners, is the partner, not the budget year's owner);
    // null when the sentence names none, and the document's most named listed country decides.
    private static int? Nearest(List<EntityName> found, int at, TimeWords words)
    {
        int? before = null, after = null;
        foreach (var name in found)
        {
            var start = words.FiscalYearStarts.TryGetValue(name.Name, out var listed) ? listed : name.Kind == EntityKind.Country && !words.FiscalYearPartners.Contains(name.Name) ? words.FiscalYearStartOther : (int?)null;
            if (start is { } month)
            {
                if (name.End <= at)
                {
                    before = month;
                }
                else
                {
                    after ??= month;
                }
            }
        }

        return before ?? after;
    }

    // The listed country the document names most (the first named on a tie).
    private static int? MostNamed(string text, NameFinder names, TimeWords words)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var name in names.Find(text, 0, text.Length))
        {
            if (words.FiscalYearStarts.ContainsKey(name.Name))
            {
                counts[name.Name] = counts.TryGetValue(name.Name, out var c) ? (c.Count + 1, c.First) : (1, name.Start);
            }
        }

        return counts.Count == 0
            ? null
            : words.FiscalYearStarts[counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key];
    }
}
