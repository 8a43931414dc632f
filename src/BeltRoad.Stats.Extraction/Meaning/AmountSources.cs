using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "US$20 million from the World Bank, US$10 million from the AIIB", "85 per cent of which came as a loan from the Export-Import
/// Bank of China", "the remaining 15% came from Hungary's state budget": an amount or a share of a financing followed, in its
/// clause, by a link of where money comes from (entity-names.json funds_links: "from") and a catalogued institution, or a
/// country and one of its public purses (public_funds: "budget", "treasury") is that source's part: the lender's or the
/// government's (MEANING.md: the actor the text attributes the figure to), not the project's nor the subject's of an earlier
/// clause. A bare country after the link is no source ("imports worth $2 billion from China" are the importer's).
/// </summary>
internal static class AmountSources
{
    // At most this many lower-case words between the figure and the link ("of which came as a loan from").
    private const int MaxWordsBetween = 6;

    public static string? Of(FigureContext figure, NameFinder finder)
    {
        if (!(figure.Unit.IsCurrency() || figure.Unit == Unit.Percent))
        {
            return null;
        }

        var (text, end) = (figure.Text, figure.Clause.End);
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        for (var words = 0; at < end && finder.FundsLinks.At(text, at, end) is null; words++)
        {
            // Only lower-case words: another figure, a name, a bracket or a listing "and" ends the figure's own words.
            var wordEnd = at;
            while (wordEnd < end && char.IsAsciiLetterLower(text[wordEnd]))
            {
                wordEnd++;
            }

            if (words == MaxWordsBetween || wordEnd == at || wordEnd >= end || text[wordEnd] != ' ' || text.AsSpan(at, wordEnd - at) is "and" or "or")
            {
                return null;
            }

            at = Blank.SkipSpaces(text, wordEnd, end);
        }

        if (at >= end || finder.FundsLinks.At(text, at, end) is not { } link)
        {
            return null;
        }

        at = Blank.SkipSpaces(text, at + link.Length, end);
        if (text.AsSpan(at, end - at).StartsWith("the ", StringComparison.Ordinal))
        {
            at += "the ".Length;
        }

        return BackReferences.NameAt(figure.In.Names, at) is not { IsCatalogued: true } source ? null
            : source.Kind == EntityKind.Institution ? source.Name
            : source.Kind == EntityKind.Country && PublicPurse(text, source.End, end, finder) ? source.Name
            : null;
    }

    // "Hungary's state budget", "the Hungarian budget": a possessive aside, at most one lower-case word, then a public purse.
    private static bool PublicPurse(string text, int at, int end, NameFinder finder)
    {
        if (Affixes.FirstStartingWith(text.AsSpan(at, end - at), finder.Possessives) is { } possessive)
        {
            at += possessive.Length;
        }

        at = Blank.SkipSpaces(text, at, end);
        if (finder.PublicFunds.At(text, at, end) is not null)
        {
            return true;
        }

        var wordEnd = at;
        while (wordEnd < end && char.IsAsciiLetterLower(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > at && finder.PublicFunds.At(text, Blank.SkipSpaces(text, wordEnd, end), end) is not null;
    }
}
