using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Montenegro signed the $944 million loan with China's Exim Bank in 2014, at a fixed interest rate of 2 per cent", "Under the
/// loan terms, 25 percent of the amount is interest-free and the remaining 75 percent carries an interest rate of 2 percent"
/// (paragraphs after "a US$215.96 million soft loan from the Export-Import Bank of China"): a percentage of a loan's terms (its
/// sentence names a debt word before it and interest: entity-names.json loan_terms) is the lender's, MEANING.md giving a lender
/// its loans: the catalogued institution last named right after a debt word and its creditor link (creditor_links: "loan
/// from", "loan with"), in the sentence, its paragraph and the one before, then the document's older paragraphs. The
/// borrower who signed is no owner of the loan's price.
/// </summary>
internal static class LoanTerms
{
    // At most this many words between a debt word and its link ("soft loan from", "loan signed in 2016 with").
    private const int MaxWordsBetween = 4;

    // How near the figure its term word stands ("an interest rate of 2 percent", "25 percent of the amount is interest-free"):
    // interest named elsewhere in a long sentence ("interest now takes 30 percent of revenue") makes no term of the loan.
    private const int TermsReach = 32;

    public static string? Of(FigureContext figure, NameFinder finder)
    {
        var (text, start) = (figure.Text, figure.In.Sentence.Start);
        if (figure.Unit != Unit.Percent || !finder.DebtWords.Any(text, start, figure.Mention.Start)
            || !finder.LoanTermWords.Any(text, Math.Max(start, figure.Mention.Start - TermsReach), Math.Min(figure.In.Sentence.End, figure.Mention.End + TermsReach)))
        {
            return null;
        }

        return Lender(figure.In.Names, figure.Mention.Start, text, finder) ?? Lender(figure.In.PreviousNames, int.MaxValue, text, finder)
            ?? Lender(figure.In.OlderNames, int.MaxValue, text, finder);
    }

    // The last catalogued institution ending by `end` that a debt word and its link stand right before ("loan from the …").
    private static string? Lender(IReadOnlyList<EntityName> names, int end, string text, NameFinder finder)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var n = names[k];
            if (n.End <= end && n.IsCatalogued && n.Kind == EntityKind.Institution && Lent(text, 0, n.Start, finder))
            {
                return n.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a debt word, at most a few words and one of its links stand right before <paramref name="at"/>, after
    /// <paramref name="start"/> (an article, a possessive's owner aside: "with China's Exim Bank"): the one reading of a lender
    /// named, for a loan's terms and for a loan the sentence after leaves without a creditor (Creditors).
    /// </summary>
    internal static bool Lent(string text, int start, int at, NameFinder finder)
    {
        var before = text.AsSpan(start, at - start).TrimEnd();
        if (Affixes.FirstEndingWith(before, finder.EnglishAnaphora) is { } article)
        {
            before = before[..^article.Length].TrimEnd();
        }

        foreach (var possessive in finder.Possessives)
        {
            if (before.EndsWith(possessive, StringComparison.Ordinal))
            {
                // "with China's": the owner's word before the possessive.
                var owner = before[..^possessive.Length].TrimEnd();
                var space = owner.LastIndexOf(' ');
                before = owner[..(space + 1)].TrimEnd();
                break;
            }
        }

        var link = before.LastIndexOf(' ');
        var linkWord = before[(link + 1)..];
        var words = before[..(link + 1)].TrimEnd();
        for (var w = 0; w < MaxWordsBetween && !words.IsEmpty; w++)
        {
            if (finder.DebtWords.EndOf(words) is { } debt)
            {
                foreach (var l in finder.CreditorLinksOf(debt))
                {
                    if (l.Length > 0 && linkWord.SequenceEqual(l))
                    {
                        return true;
                    }
                }
            }

            words = words[..(words.LastIndexOf(' ') + 1)].TrimEnd();
        }

        return false;
    }
}
