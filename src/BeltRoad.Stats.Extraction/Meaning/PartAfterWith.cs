using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Across Anhui, 731 China-Europe freight trains departed …, with Hefei accounting for 87.6 percent of the provincial
/// total", "the NRC generated N4.8 billion …, with the Abuja-Kaduna line contributing about 75 per cent of the total": a
/// percentage right after a name and a verb of taking a part (entity-names.json part_after_with), the name right after
/// "with", is the part's share of the total before it: the name's, not the total's owner. A place whose train service the
/// catalogue names (中欧班列(合肥)) in a sentence or document about that service is the service.
/// </summary>
internal static class PartAfterWith
{
    internal static string? Of(FigureContext figure, NameFinder finder)
    {
        var before = figure.ClauseBefore.TrimEnd();
        if (before.IsEmpty || finder.PartAfterWith.EndOf(before) is not { } verb)
        {
            return null;
        }

        var nameEnd = figure.Clause.Start + before.Length - verb.Length;
        var head = figure.Text.AsSpan(0, nameEnd).TrimEnd();
        var names = figure.In.Names;
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var n = names[k];
            if (n.End != head.Length || n.Start < figure.Clause.Start)
            {
                continue;
            }

            var opener = Articles.WithoutLast(figure.Text.AsSpan(figure.Clause.Start, n.Start - figure.Clause.Start).TrimEnd());
            return finder.PartOpeners.EndOf(opener) is null ? null : ServiceOf(figure, finder, n) ?? n.Name;
        }

        return null;
    }

    // 「合肥」 in a sentence naming 中欧班列, or in a document about 中欧班列(合肥): the city's service.
    private static string? ServiceOf(FigureContext figure, NameFinder finder, EntityName place)
    {
        if (place.Kind != EntityKind.Place)
        {
            return null;
        }

        // 「中欧班列(合肥)」, a user's 「中欧班列（合肥）」: the place in a bracket of either width closing the document's name.
        var document = figure.In.DocumentEntity;
        var open = document.Length - place.Name.Length - 2;
        if (open > 0 && Asides.Skip(document, open, document.Length, place.Name.Length + 2) == document.Length
            && document.AsSpan(open + 1, place.Name.Length).SequenceEqual(place.Name))
        {
            return document;
        }

        foreach (var n in figure.In.Names)
        {
            if (n.Start >= figure.In.Sentence.Start && n.End <= place.Start && n.Kind == EntityKind.Programme
                && finder.Lookup($"{n.Name}({place.Name})") is { } service)
            {
                return service.Name;
            }
        }

        return null;
    }
}
