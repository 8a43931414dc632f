using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Saudi Arabia, Malaysia and Indonesia were the largest markets, making up 7.1 percent, 6.4 percent and 5.6 percent of
/// the total", "ASEAN remained the main destination, taking more than 60% of the total", "Papua New Guinea …, accounting for
/// 38% of China's commitments to the region": a country, group of countries or world region that takes a share of a whole
/// (the subject of a verb of taking a part: share_wholes part_verbs in Resources/label-words.json) is a part of that whole,
/// a market or destination, not its owner. MEANING.md: whose figure it is is the whole's owner, the name the whole gives
/// after the figure ("of China's commitments"), else the document's own actor; the part stays in the indicator
/// (沙特阿拉伯占对外承包工程新签合同额比重). China taking a share of another country's whole, named right after "of" with a
/// possessive ("of Kyrgyzstan's total trade", "of the country's crude exports"; or before it after share_wholes.named_before:
/// "China's share of Kazakhstan's foreign trade rose to 22.3%"), is that country's partner: the figure is the country's
/// statistic (the partner's share), not China's.
/// </summary>
internal static class WholesOwner
{
    // Parts a whole may be broken down into by place: China's own provinces (Region) report their own shares.
    private static readonly EntityKind[] PartKinds = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Place];

    /// <summary>The owner of the whole the figure is a share of, where <paramref name="entity"/> is a place taking that
    /// share; otherwise <paramref name="entity"/> itself (the same reference).</summary>
    public static string Of(FigureContext figure, string entity, Aggregation aggregation, NameFinder finder, ShareWholes wholes)
    {
        var china = entity == finder.DefaultActor;
        var text = figure.Text;
        var amounts = aggregation != Aggregation.Share && PartsWithAmounts(figure, wholes);
        if ((aggregation != Aggregation.Share && !amounts) || (!china && (finder.Lookup(entity) is not { } entry || Array.IndexOf(PartKinds, entry.Kind) < 0)))
        {
            return entity;
        }

        // "China's share of Kazakhstan's foreign trade rose to 22.3%": the whole named before the figure is another country's.
        if (china && wholes.NamedBefore.Last(text, figure.Clause.Start, figure.Mention.Start) is var named and >= 0
            && wholes.NamedBefore.At(text, named, figure.Mention.Start) is { } words
            && CountryPossessive(figure, entity, finder, Blank.SkipSpaces(text, named + words.Length, figure.Mention.Start), figure.Mention.Start) is { } whose)
        {
            return whose;
        }

        var verb = wholes.PartVerbs.Last(text, figure.In.Sentence.Start, figure.Mention.Start);
        if (verb < 0 || !NamedBefore(figure, entity, verb, finder))
        {
            return entity;
        }

        // China keeps its shares of its own wholes and of the world's; of another country's whole it is that country's partner
        // ("China remained Cambodia's largest trading partner, accounting for 27.4 percent of Cambodia's total trade").
        var owner = china && !amounts ? CountrysWhole(figure, entity, finder) ?? entity : WholeNamed(figure, entity) ?? figure.In.DocumentEntity;
        return owner == entity ? entity : owner;
    }

    // "China and India account for the largest shares, with 6.5 billion dollars and 6.1 billion dollars for 22 and 24 projects,
    // respectively" (in an item on the bank's approvals): amounts after a verb of taking a part, a share noun and "with" are the
    // parts' values of the whole, as their shares would be.
    private static bool PartsWithAmounts(FigureContext figure, ShareWholes wholes)
    {
        var (text, start) = (figure.Text, figure.In.Sentence.Start);
        var verb = wholes.PartVerbs.Last(text, start, figure.Mention.Start);
        if (verb < 0 || figure.Unit == Unit.Percent)
        {
            return false;
        }

        var between = text.AsSpan(verb, figure.Mention.Start - verb);
        var with = between.IndexOf(WithWord, StringComparison.Ordinal);
        return with > 0 && between[..with].IndexOf(ShareWord, StringComparison.Ordinal) > 0 && between.IndexOf(';') < 0
            && between.IndexOf(SentenceStop, StringComparison.Ordinal) < 0;
    }

    private const string WithWord = " with ";
    private const string ShareWord = " share";
    private const string SentenceStop = ". ";

    // "of Kyrgyzstan's total foreign trade", "of the country's crude exports" (entity-names.json country_wholes: the country the
    // item is about, the document's own): the country whose whole the share right after "of" names with a possessive.
    private static string? CountrysWhole(FigureContext figure, string entity, NameFinder finder)
    {
        var text = figure.Text;
        var at = Blank.SkipSpaces(text, figure.Mention.End, figure.Clause.End);
        if (at + OfWord.Length > figure.Clause.End || !text.AsSpan(at, OfWord.Length).SequenceEqual(OfWord))
        {
            return null;
        }

        at += OfWord.Length;
        if (finder.CountryWholes.At(text, at, figure.Clause.End) is not null)
        {
            return finder.Lookup(figure.In.DocumentEntity) is { Kind: EntityKind.Country } ? figure.In.DocumentEntity : null;
        }

        return CountryPossessive(figure, entity, finder, at, figure.Clause.End);
    }

    // The catalogued country other than the entity starting at `at`, written with a possessive ("Kyrgyzstan's"), or null.
    private static string? CountryPossessive(FigureContext figure, string entity, NameFinder finder, int at, int end)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start == at && n.End < end && n.Kind == EntityKind.Country && n.IsCatalogued && n.Name != entity
                && Affixes.StartsWithAny(figure.Text.AsSpan(n.End, end - n.End), finder.Possessives))
            {
                return n.Name;
            }
        }

        return null;
    }

    private const string OfWord = "of ";

    // The place named before the verb as itself, not as a possessive ("Kenya's exports made up …" are Kenya's) nor as the
    // way goods went ("Trains passing through the Alataw Pass and Horgos ports … accounted for more than half of all trips"
    // are the ports' trains).
    private static bool NamedBefore(FigureContext figure, string entity, int verb, NameFinder finder)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Name == entity && n.Start >= figure.In.Sentence.Start && n.End <= verb
                && !Affixes.StartsWithAny(figure.Text.AsSpan(n.End, verb - n.End), finder.Possessives)
                && !finder.TransitMarkers.Any(figure.Text, figure.In.Sentence.Start, n.Start))
            {
                return true;
            }
        }

        return false;
    }

    // "of China's commitments to the region", "of Chinese construction contracts": a catalogued name in the figure's clause
    // after it, other than the part.
    private static string? WholeNamed(FigureContext figure, string entity)
    {
        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start >= figure.Mention.End && n.End <= figure.Clause.End && n.IsCatalogued && n.Name != entity)
            {
                return n.Name;
            }
        }

        return null;
    }
}
