using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Transit container traffic on the China–Europe–China route across Kazakhstan amounted to 284,600 TEU", 「经哈萨克斯坦过境的
/// 集装箱」: a figure whose sentence, before it, names transit (entity-names.json transit_countries.nouns) and a catalogued
/// country right after one of transit_markers or transit_countries.extra_markers (an article aside; one of noun_first only after the noun: "transit traffic across Kazakhstan") is the transit country's: what crossed it; not where a catalogued project is named before the figure (「沿中老铁路途经老挝的过境贸易」: the railway's).
/// A headline read so ("Container transit on China-Europe route via Kazakhstan up 24.6%") makes the item the transit country's
/// (<see cref="DocumentNames"/>): its later sentences ("843,000 TEU of transit containers crossed the country's railway network")
/// name no marker.
/// </summary>
internal static class TransitCountry
{
    internal static string? Of(FigureContext figure, NameFinder finder)
    {
        var (start, end) = (figure.In.Sentence.Start, figure.Mention.Start);
        return ProjectBefore(figure, start, end) ? null : In(figure.Text, start, end, figure.In.Names, finder);
    }

    /// <summary>The catalogued country [start, end) names as crossed in transit, or null.</summary>
    internal static string? In(string text, int start, int end, IReadOnlyList<EntityName> names, NameFinder finder)
    {
        if (!finder.TransitNouns.Any(text, start, end))
        {
            return null;
        }

        foreach (var (markerStart, markerEnd) in finder.TransitCountryMarkers.Find(text, start, end))
        {
            // "transit containers … through Kazakhstan", not "goods moved through Kazakhstan … in transit": an English marker
            // follows its noun (Chinese puts 过境 after: 「经哈萨克斯坦过境」).
            if (finder.TransitNounFirst.At(text, markerStart, markerEnd) is not null && !finder.TransitNouns.Any(text, start, markerStart))
            {
                continue;
            }

            var rest = text.AsSpan(markerEnd, end - markerEnd);
            var trimmed = rest.TrimStart(' ');
            var article = Affixes.FirstStartingWith(trimmed, finder.EnglishAnaphora) is { } a && trimmed.Length > a.Length && trimmed[a.Length] == ' ' ? a.Length + 1 : 0;
            var at = end - trimmed.Length + article;
            for (var k = 0; k < names.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
            {
                var n = names[k];
                if (n.Start == at && n.Kind == EntityKind.Country && n.End <= end && !n.Weak)
                {
                    return n.Name;
                }
            }
        }

        return null;
    }

    // 「每年沿中老铁路途经老挝的过境贸易」: a project named before the figure is what the transit runs along, the more specific owner.
    private static bool ProjectBefore(FigureContext figure, int start, int end)
    {
        foreach (var n in figure.In.Names)
        {
            if (n.Start >= start && n.End <= end && n.Kind == EntityKind.Project)
            {
                return true;
            }
        }

        return false;
    }
}
