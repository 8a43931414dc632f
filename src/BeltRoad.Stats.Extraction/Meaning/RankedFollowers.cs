using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Hungary … received about EUR 3.0 billion. Germany followed with EUR 0.8 billion and France with EUR 0.7 billion" (in a
/// report on Chinese investment), "Imports from China grew … to $4.9 billion. … Russia ranked second with $5.4 billion and
/// Kazakhstan third with $2.1 billion" (in a report on Uzbekistan's trade): a place ranked after another
/// (entity-names.json ranked_followers: followed, ranked second, third, in second place …, then "with" and the figure, or the
/// figure in brackets: "followed by Kazakhstan ($1.19 billion)") is what the leader was (the leader of another unit where its
/// sentence and the one before state none in the figure's: a share told first); where the leader's figure was another's (a destination's or partner's figure is the investor's or trader's), the
/// follower's is that one's too; where the leader owned its figure ("Investment from Singapore … USD20.1 billion. … Hong
/// Kong came second with USD8.2 billion"), the follower owns its own. The leader is the last figure of the unit, in the
/// sentence or the one before, with a place standing before it. One instance per document, fed every figure in order.
/// </summary>
internal sealed class RankedFollowers
{
    private const string With = "with";
    private const string At = "at";
    private const string SpacedAt = " at";
    private const int MaxGapWords = 5;

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

        var place = PlaceBefore(figure, finder);
        var start = figure.Mention.Start;
        if ((place is null || place.Name != entity) && finder.RankedFollowers.Any(figure.Text, figure.In.Sentence.Start, start))
        {
            (place, start) = Listed(figure, entity);
        }

        var owner = entity;
        if (place is not null && place.Name == entity && Follows(figure, place, start, finder) && Leader(figure.Unit, place.Name) is { Place: { } leader } led
            && led.Entity != leader)
        {
            owner = led.Entity;
        }

        _sentence.Add(new Ranked(figure.Unit, owner, place?.Name));
        return owner;
    }

    // The last catalogued place (a country, group, world region or place; not a possessive) standing before the figure, after the figure of its
    // unit before ("Imports from China grew by 16.6 percent to $4.9 billion": China's, a rate between).
    // A possessive's place owns the ranking, it is not ranked ("China stayed Mongolia's largest trading partner": China is).
    private static EntityName? PlaceBefore(FigureContext figure, NameFinder finder)
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
            if (n.Start >= from && n.End <= figure.Mention.Start && n.IsCatalogued && Actors.CountryKinds.Contains(n.Kind)
                && !Affixes.StartsWithAny(figure.Text.AsSpan(n.End, figure.Mention.Start - n.End), finder.Possessives))
            {
                place = n;
            }
        }

        return place;
    }

    // "followed by Kyrgyzstan and Uzbekistan, with 82.4 billion yuan and 27.7 billion yuan, respectively": places listed
    // before a run of figures (the respective actor gave each its place) follow as one place does; the place is the one the
    // figure took, the words read are those between the list's last place and the run's first figure.
    private static (EntityName? Place, int Start) Listed(FigureContext figure, string entity)
    {
        var (first, count, _) = ListedFigures.Run(figure);
        if (count < 2)
        {
            return (null, figure.Mention.Start);
        }

        var start = figure.In.Figures[first].Start;
        var names = figure.In.Names;
        EntityName? taken = null;
        EntityName? last = null;
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            if (n.Start >= figure.In.Sentence.Start && n.End <= start && n.IsCatalogued && Actors.CountryKinds.Contains(n.Kind))
            {
                last = n;
                taken = n.Name == entity ? n : taken;
            }
        }

        // The words are read after the list's last place; the place returned is the figure's own, its end that of the last.
        return taken is null || last is null ? (null, start) : (taken with { End = last.End }, start);
    }

    // "Germany followed with", "Russia ranked second with", "Russia is in second place with", "and France with", "Vietnam
    // followed, with", "followed by Kazakhstan ($1.19 billion)" after a follower word
    // earlier in the sentence: a few words between the place and the figure, the last of them "with" (a comma may stand before
    // it), a follower word among them or before them.
    private static bool Follows(FigureContext figure, EntityName place, int start, NameFinder finder)
    {
        var gap = figure.Text.AsSpan(place.End, start - place.End).Trim();
        // "followed by Kazakhstan ($1.19 billion)": the figure bracketed right after the place says what "with" would.
        // "followed by the Middle East at 18 percent": "at" before a share or a rate.
        var link = gap.EndsWith(With, StringComparison.Ordinal) ? With.Length : gap is "(" ? 1 : figure.Unit == Unit.Percent && (gap is At || gap.EndsWith(SpacedAt, StringComparison.Ordinal)) ? At.Length : -1;
        if (link < 0)
        {
            return false;
        }

        var words = gap[..^link].TrimEnd().TrimEnd(',');
        if (words.Count(' ') + 1 >= MaxGapWords || words.ContainsAny(',', ';'))
        {
            return false;
        }

        return finder.RankedFollowers.Any(figure.Text, figure.In.Sentence.Start, start);
    }

    // The leader of the figure's unit; else, where none was stated in that unit, the last placed figure of any unit ("China
    // remains the largest trading partner, accounting for 34.7 percent of Kyrgyzstan's trade. Russia is in second place with
    // $2.31 billion": the same ranking, told first as a share).
    private Ranked? Leader(Unit unit, string place)
    {
        Ranked? other = null;
        foreach (var list in (ReadOnlySpan<List<Ranked>>)[_sentence, _before])
        {
            for (var k = list.Count - 1; k >= 0; k--)
            {
                if (list[k].Place is { } p && p != place)
                {
                    if (list[k].Unit == unit)
                    {
                        return list[k];
                    }

                    other ??= list[k];
                }
            }
        }

        return other;
    }
}
