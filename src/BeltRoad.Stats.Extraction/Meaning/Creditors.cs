using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Sri Lanka owed 3,993 million dollars to Exim", "A further USD1.4 billion is owed to Chinese commercial lenders",
/// "Kenya's loans from Chinese lenders add up to …", "signed the $944 million loan with China's Exim Bank": a debt or a
/// loan whose clause names its creditor right after a debt word and its link (entity-names.json creditor_links; only the
/// figure itself may stand between) is the creditor's, as MEANING.md gives a lender its loans; the borrower is their object.
/// A later clause naming no actor before its figure goes on with the creditor ("…, including 903.8 million dollars in arrears").
/// </summary>
internal static class Creditors
{
    public static string? Of(FigureContext figure, NameFinder finder)
    {
        if (!figure.Unit.IsCurrency())
        {
            return null;
        }

        var clauses = figure.In.Sentence.Clauses;
        var own = figure.In.ClauseOf(figure.Mention.Start);
        for (var c = own; c >= 0; c--)
        {
            if (InClause(figure, finder, clauses[c]) is { } creditor)
            {
                return creditor;
            }

            // "…, about 38% of public external debt of USD17.3 billion": a figure after another in its clause is what that
            // one is compared with, no part of the earlier clause's debt.
            if (c == own && (ActorBefore(figure, finder) || figure.PreviousFigureEnd > figure.Clause.Start))
            {
                return null;
            }
        }

        return null;
    }

    private static string? InClause(FigureContext figure, NameFinder finder, Clause clause)
    {
        var text = figure.Text;
        foreach (var (at, end) in finder.DebtWords.Find(text, clause.Start, clause.End))
        {
            foreach (var link in finder.CreditorLinksOf(text[at..end]))
            {
                var from = SkipFigures(figure, end, clause.End);
                if (link.Length > 0)
                {
                    if (!StartsWithWord(text, from, clause.End, link))
                    {
                        continue;
                    }

                    from = SkipSpaces(text, from + link.Length, clause.End);
                }

                if (CreditorAt(figure, finder, from, clause) is { } creditor)
                {
                    return creditor;
                }
            }
        }

        return null;
    }

    // "to Exim", "to the Chinese lenders", "with China's Exim Bank" (a country's possessive before an institution only says
    // where it is from), "to the bank" (an article and a noun referring back).
    private static string? CreditorAt(FigureContext figure, NameFinder finder, int at, Clause clause)
    {
        var text = figure.Text;
        var start = at;
        if (Affixes.FirstStartingWith(text.AsSpan(at, clause.End - at), finder.EnglishAnaphora) is { } article
            && at + article.Length < clause.End && text[at + article.Length] == ' ')
        {
            start = at + article.Length + 1;
        }

        if (NameAt(figure, start) is not { } name)
        {
            return clause.End == figure.Clause.End ? BackReferences.ReferredAt(figure, finder, at) : null;
        }

        foreach (var possessive in finder.Possessives)
        {
            if (text.AsSpan(name.End).StartsWith(possessive + " ", StringComparison.Ordinal)
                && NameAt(figure, name.End + possessive.Length + 1) is { Kind: EntityKind.Institution } owned)
            {
                return owned.Name;
            }
        }

        return name.IsCatalogued && (name.Kind == EntityKind.Institution || (name.Kind is EntityKind.Country or EntityKind.CountryGroup && !DescribesOther(text, name.End, clause.End, finder)))
            ? name.Name
            : null;
    }

    // "Chinese commercial lenders" (a creditor noun within three words) and "owes China about …" (a closed-class word next)
    // name the country; "Chinese independent power producers" describes another creditor the catalogue does not know.
    private static bool DescribesOther(string text, int at, int end, NameFinder finder)
    {
        for (var k = 0; k < 3; k++)
        {
            at = SkipSpaces(text, at, end);
            var wordEnd = at;
            while (wordEnd < end && char.IsAsciiLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(at, wordEnd - at);
            if (word.IsEmpty || !char.IsAsciiLetterLower(word[0]) || (k == 0 && finder.IsNameOpener(word)))
            {
                return false;
            }

            if (Affixes.IsOneOf(word, finder.CreditorNouns))
            {
                return false;
            }

            at = wordEnd;
        }

        return true;
    }

    // A name acting in the figure's own clause before it: the clause is its own, not the creditor's of an earlier clause.
    private static bool ActorBefore(FigureContext figure, NameFinder finder)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= figure.Clause.Start && names[k].End <= figure.Mention.Start && Actors.IsActor(figure, names[k], finder))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityName? NameAt(FigureContext figure, int start)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start == start)
            {
                return names[k];
            }
        }

        return null;
    }

    // Spaces, and the figures standing there ("owed 3,993 million dollars to Exim").
    private static int SkipFigures(FigureContext figure, int at, int end)
    {
        at = SkipSpaces(figure.Text, at, end);
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start == at)
            {
                at = SkipSpaces(figure.Text, figures[k].End, end);
            }
        }

        return at;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static bool StartsWithWord(string text, int at, int end, string word) =>
        at + word.Length <= end && text.AsSpan(at, word.Length).Equals(word, WordList.IgnoringCase(word)) && WordList.IsWholeWord(text, at, word.Length);
}
