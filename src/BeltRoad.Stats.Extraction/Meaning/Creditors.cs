using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Sri Lanka owed 3,993 million dollars to Exim", "A further USD1.4 billion is owed to Chinese commercial lenders",
/// "Kenya's loans from Chinese lenders add up to …", "signed the $944 million loan with China's Exim Bank": a debt or a
/// loan whose clause names its creditor right after a debt word and its link (entity-names.json creditor_links; only the
/// figure itself may stand between) is the creditor's, as MEANING.md gives a lender its loans; the borrower is their object.
/// In its own clause the figure is the debt's (between the debt word and its link, or right before the debt word); the
/// next clause, naming no actor before its figure, goes on with the creditor ("…, including 903.8 million dollars in arrears").
/// A loan its sentence gives no creditor nor actor is one of those the sentence before named a catalogued lender of
/// ("Kenya borrowed about $5 billion from the Export-Import Bank of China. The first phase was financed with a $1.6 billion
/// concessional loan …").
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
        // The figure's own clause, then the one before it only.
        for (var c = own; c >= 0 && c >= own - 1; c--)
        {
            if (InClause(figure, finder, clauses[c], c == own) is { } creditor)
            {
                return creditor;
            }

            // "…, about 38% of public external debt of USD17.3 billion": a figure after another in its clause is what that
            // one is compared with, no part of the earlier clause's debt.
            if (c == own && (ActorBefore(figure, finder) || figure.PreviousFigureEnd > figure.Clause.Start))
            {
                return LoanOfSentenceBefore(figure, finder);
            }
        }

        return LoanOfSentenceBefore(figure, finder);
    }

    // "Kenya borrowed about $5 billion from the Export-Import Bank of China. The first phase was financed with a $1.6 billion
    // concessional loan and a $2 billion commercial loan": a loan (a debt word right after the figure) that its sentence gives
    // no creditor nor actor is one of the loans the sentence before named a creditor of: that creditor's.
    private static string? LoanOfSentenceBefore(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var clause = figure.Clause;
        if (figure.In.Before is not { } before || ActorBefore(figure, finder) || Actors.Find(figure, finder, weakAllowed: false) is not null)
        {
            return null;
        }

        var loan = false;
        foreach (var (at, _) in finder.DebtWords.Find(text, figure.Mention.End, clause.End))
        {
            loan = RightBefore(text, figure.Mention.End, at);
            break;
        }

        if (!loan)
        {
            return null;
        }

        // The first lender the sentence before names, read as the loan's terms read theirs (LoanTerms.Lent: a debt word, at
        // most a few words and its link right before the institution: "borrowed about $5 billion from the Export-Import Bank").
        foreach (var n in figure.In.PreviousNames)
        {
            if (n.Start >= before.Start && n.End <= before.End && n.IsCatalogued && n.Kind == EntityKind.Institution
                && LoanTerms.Lent(text, before.Start, n.Start, finder))
            {
                return n.Name;
            }
        }

        return null;
    }

    private static string? InClause(FigureContext figure, NameFinder finder, Clause clause, bool own)
    {
        var text = figure.Text;
        foreach (var (at, end) in finder.DebtWords.Find(text, clause.Start, clause.End))
        {
            foreach (var link in finder.CreditorLinksOf(text[at..end]))
            {
                var from = SkipFigures(figure, end, clause.End);
                // In its own clause the figure is the debt's: between the debt word and its link ("owed 3,993 million
                // dollars to"), right before the debt word ("the $944 million loan with", "USD1.4 billion is owed to") or
                // right after the creditor ("loans from Chinese lenders came to about US$17.2 billion", "owes Brazil about
                // US$1.35 billion"); not another amount of the clause ("took loans from China to build the $3.8 billion railway").
                if (own && !(figure.Mention.Start >= end && figure.Mention.End <= from) && !RightBefore(text, figure.Mention.End, at)
                    && !RightAfterCreditor(figure, from))
                {
                    continue;
                }

                if (link.Length > 0)
                {
                    if (!StartsWithWord(text, from, clause.End, link))
                    {
                        continue;
                    }

                    from = Blank.SkipSpaces(text, from + link.Length, clause.End);
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

        if (BackReferences.NameAt(figure.In.Names, start) is not { } name)
        {
            return clause.End == figure.Clause.End ? BackReferences.ReferredAt(figure, finder, at) : null;
        }

        foreach (var possessive in finder.Possessives)
        {
            if (text.AsSpan(name.End).StartsWith(possessive, StringComparison.Ordinal) && name.End + possessive.Length < text.Length && text[name.End + possessive.Length] == ' '
                && BackReferences.NameAt(figure.In.Names, name.End + possessive.Length + 1) is { Kind: EntityKind.Institution } owned)
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
            at = Blank.SkipSpaces(text, at, end);
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

    // Spaces, and the figures standing there ("owed 3,993 million dollars to Exim"), with a few lower-case words before one
    // ("borrowed a total of $5.08 billion from") and a bracket after one ("$5.08 billion (about Sh790 billion at current
    // exchange rates) from the Export-Import Bank of China").
    private static int SkipFigures(FigureContext figure, int at, int end)
    {
        var text = figure.Text;
        at = Blank.SkipSpaces(text, at, end);
        var figures = figure.In.Figures;
        var words = SkipLowerWords(text, at, end);
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start == at || (words > at && figures[k].Start == words))
            {
                // A bracket of either width restates the amount ("$5.08 billion （about Sh790 billion） from …").
                at = Blank.SkipSpaces(text, figures[k].End, end);
                at = Blank.SkipSpaces(text, Asides.Skip(text, at, end, end - at), end);

                words = at;
            }
        }

        return at;
    }

    // Where the text goes on after at most three lower-case words ("a total of", "about", "some"), none a link of a debt word.
    private static int SkipLowerWords(string text, int at, int end)
    {
        for (var k = 0; k < MaxWordsBefore + 1 && at < end && char.IsAsciiLetterLower(text[at]); k++)
        {
            var wordEnd = at;
            while (wordEnd < end && char.IsAsciiLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd >= end || text[wordEnd] != ' ' || text.AsSpan(at, wordEnd - at) is "to" or "from" or "with")
            {
                return at;
            }

            at = Blank.SkipSpaces(text, wordEnd, end);
        }

        return at;
    }

    // How many words may stand between a figure and its debt word ("is owed", "in loans").
    private const int MaxWordsBefore = 2;

    // The figure a few words after the last name standing between the link and it, none of them an infinitive's "to".
    private static bool RightAfterCreditor(FigureContext figure, int from)
    {
        var nameEnd = -1;
        foreach (var name in figure.In.Names)
        {
            if (name.Start >= from && name.End <= figure.Mention.Start)
            {
                nameEnd = Math.Max(nameEnd, name.End);
            }
        }

        if (nameEnd < 0)
        {
            return false;
        }

        var gap = figure.Text.AsSpan(nameEnd, figure.Mention.Start - nameEnd).Trim();
        return !gap.StartsWith("to ", StringComparison.Ordinal) && Words(gap) <= MaxWordsAfterCreditor;
    }

    // How many words may stand between the creditor and the figure: its noun and a verb of amounting ("Kenya's loans from
    // Chinese lenders add up to about US$9.3 billion").
    private const int MaxWordsAfterCreditor = 5;

    private static int Words(ReadOnlySpan<char> span)
    {
        var words = 0;
        foreach (var range in span.Split(' '))
        {
            words += range.End.Value > range.Start.Value ? 1 : 0;
        }

        return words;
    }

    private static bool RightBefore(string text, int figureEnd, int debtWord)
    {
        if (figureEnd > debtWord)
        {
            return false;
        }

        // "of which $500 million came as a loan from the Export-Import Bank of China": a verb and "as a" before the debt word.
        return Words(text.AsSpan(figureEnd, debtWord - figureEnd)) <= MaxWordsBefore + 1;
    }

    private static bool StartsWithWord(string text, int at, int end, string word) =>
        at + word.Length <= end && text.AsSpan(at, word.Length).Equals(word, WordList.IgnoringCase(word)) && WordList.IsWholeWord(text, at, word.Length);
}
