using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Hungary … received about EUR 3.0 billion. Germany followed with EUR 0.8 billion and France with EUR 0.7 billion" (in a
/// report on Chinese investment), "Imports from China grew … to $4.9 billion. … Russia ranked second with $5.4 billion and
/// Kazakhstan third with $2.1 billion" (in a report on Uzbekistan's trade): a place ranked after another
/// (entity-names.json ranked_followers: followed, ranked second, third …, then "with" and the figure) is what the leader
/// was; where the leader's figure was another's (a destination's or partner's figure is the investor's or trader's), the
/// follower's is that one's too; where the leader owned its figure ("Investment from Singapore … USD20.1 billion. … Hong
/// Kong came second with USD8.2 billion"), the follower owns its own. The leader is the last figure of the unit, in the
/// sentence or the one before, with a place standing before it. One instance per document, fed every figure in order.
/// </summary>
internal sealed class RankedFollowers
{
    private const string With = "with";
    private const int MaxGapWords = 4;

    private readonly record struct Ranked(Unit Unit, string Entity, string? Place);

    private List<Ranked> _sentence = [];
    private List<Ranked> _before = [];
    private Sentence? _current;

    /// <summary>The leader's owner where the figure is a ranked follower's taking a place that owned no figure; otherwise
    /// <paramref name="entity"/> itself (the same reference). Every figure is recorded as a possible leader.</summary>
    public string Of(FigureContext figure, string entity, NameFinder finder)
    {
        if (!ReferenceEquals(figure.In.Sentence, _current))
        {
            (_before, _sentence) = (_sentence, _before);
            _sentence.Clear();
            _current = figure.In.Sentence;
        }

        var place = PlaceBefore(figure);
        var owner = entity;
        if (place is not null && place.Name == entity && Follows(figure, place, finder) && Leader(figure.Unit, place.Name) is { Place: { } leader } led
            && led.Entity != leader)
        {
            owner = led.Entity;
        }

        _sentence.Add(new Ranked(figure.Unit, owner, place?.Name));
        return owner;
    }

    // The last catalogued place (a country, group, world region or place) standing before the figure, after the figure of its
    // unit before ("Imports from China grew by 16.6 percent to $4.9 billion": China's, a rate between).
    private static EntityName? PlaceBefore(FigureContext figure)
    {
        var names = figure.In.Names;
        var from = figure.In.Sentence.Start;
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].End <= figure.Mention.Start && figures[k].Unit.ToUnit() == figure.Unit)
            {
                from = Math.Max(from, figures[k].End);
            }
        }

        EntityName? place = null;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start >= from && n.End <= figure.Mention.Start && n.IsCatalogued && Actors.CountryKinds.Contains(n.Kind))
            {
                place = n;
            }
        }

        return place;
    }

    // "Germany followed with", "Russia ranked second with", "and France with" after a follower word earlier in the sentence:
    // a few words between the place and the figure, the last of them "with", a follower word among them or before them.
    private static bool Follows(FigureContext figure, EntityName place, NameFinder finder)
    {
        var gap = figure.Text.AsSpan(place.End, figure.Mention.Start - place.End).Trim();
        if (!gap.EndsWith(With, StringComparison.Ordinal) || gap.Count(' ') >= MaxGapWords || gap.ContainsAny(',', ';'))
        {
            return false;
        }

        return finder.RankedFollowers.Any(figure.Text, figure.In.Sentence.Start, figure.Mention.Start);
    }

    private Ranked? Leader(Unit unit, string place)
    {
        foreach (var list in (ReadOnlySpan<List<Ranked>>)[_sentence, _before])
        {
            for (var k = list.Count - 1; k >= 0; k--)
            {
                if (list[k].Unit == unit && list[k].Place is { } p && p != place)
                {
                    return list[k];
                }
            }
        }

        return null;
    }
}
