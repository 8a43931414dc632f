using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// How far a place lies from another (data: distances in Resources/label-words.json): a length after one of Before in its
/// clause (「距西哈努克深水港12公里」) or that one of After follows ("about 12 km from the Sihanoukville
/// Autonomous Port") is a distance, not a line's length; where the place it is measured from ends with one of Ends or
/// holds one of Anywhere, the row names that class of place: Prefix + class + Suffix (距港口距离, 距机场距离, 距首都距离),
/// the row a zone's or project's location sheet gives whatever the port's name. A Latin word ends the place whole ("Newport"
/// is no port) and a territory's own name is no port (香港). A place of no known class is left to the other rules
/// (「距杜阿拉约150公里」 → 距杜阿拉).
/// </summary>
internal sealed record Distances(WordList Before, WordList After, IReadOnlyList<(string Word, string Class)> Ends, IReadOnlyList<(string Word, string Class)> Anywhere,
    string Prefix, string Suffix)
{
    // Where the place an English distance is measured from ends: a clause mark, a bracket, or a route's other end; the
    // full-width marks of a Chinese-set page too (the normaliser folds full-width digits and letters, not these).
    private static readonly string[] PlaceEnds = [",", "，", ";", "；", "(", "（", " to ", " and ", ".", "。"];

    public static Distances Read(JsonElement e)
    {
        static WordList Words(JsonElement x) => new(x.EnumerateArray().Select(w => w.GetString()!));
        static List<(string, string)> Classes(JsonElement x) =>
            [.. x.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(w => (w.GetString()!, p.Name))).OrderByDescending(p => p.Item1.Length)];
        return new(Words(e.GetProperty("before")), Words(e.GetProperty("after")), Classes(e.GetProperty("ends")), Classes(e.GetProperty("anywhere")),
            e.GetProperty("prefix").GetString()!, e.GetProperty("suffix").GetString()!);
    }

    /// <summary>The distance row of a length measured from a place of a known class, or null.</summary>
    public string? For(FigureContext figure)
    {
        if (figure.Unit != Domain.Unit.Km)
        {
            return null;
        }

        int from, to;
        var (text, clause, start) = (figure.Text, figure.Clause.Start, figure.Mention.Start);
        if (Before.Last(text, clause, start) is var opens and >= 0 && Before.At(text, opens, start) is { } marker)
        {
            // 「距西哈努克深水港12公里」「园区距…港15公里」: the place runs from the marker to the figure.
            (from, to) = (opens + marker.Length, start);
        }
        else
        {
            var after = figure.ClauseAfter;
            var linkAt = figure.Mention.End + (after.Length - after.TrimStart().Length);
            if (After.At(text, linkAt, figure.Mention.End + after.Length) is not { } link)
            {
                return null;
            }

            (from, to) = (linkAt + link.Length, figure.Mention.End + after.Length);
            var place = text.AsSpan(from, to - from);
            foreach (var stop in PlaceEnds)
            {
                var at = place.IndexOf(stop, StringComparison.Ordinal);
                to = at >= 0 && from + at < to ? from + at : to;
            }
        }

        // The place without its blanks; a territory's own name is no port (香港 ends with 港).
        var trimmed = text.AsSpan(from, to - from);
        from += trimmed.Length - trimmed.TrimStart().Length;
        to = from + trimmed.Trim().Length;
        return Class(text, from, to, figure.In.Names) is { } found ? Prefix + found + Suffix : null;
    }

    private string? Class(string text, int from, int to, IReadOnlyList<EntityName> names)
    {
        var place = text.AsSpan(from, to - from);
        foreach (var (word, found) in Ends)
        {
            // A Latin word ends the place whole ("Newport" is no port).
            if (place.EndsWith(word, StringComparison.Ordinal) && WordList.IsWholeWord(text, to - word.Length, word.Length) && !IsTerritory(names, from, to))
            {
                return found;
            }
        }

        foreach (var (word, found) in Anywhere)
        {
            if (place.Contains(word, StringComparison.Ordinal))
            {
                return found;
            }
        }

        return null;
    }

    // The place is exactly a country's, group's or region's catalogued name (香港, "Hong Kong").
    private static bool IsTerritory(IReadOnlyList<EntityName> names, int from, int to)
    {
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k] is { IsCatalogued: true, Kind: EntityKind.Country or EntityKind.CountryGroup or EntityKind.Region } n && n.Start == from && n.End == to)
            {
                return true;
            }
        }

        return false;
    }
}
