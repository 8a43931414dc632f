using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// How far a place lies from another (data: distances in Resources/label-words.json): a length after one of Before in its
/// clause (「距西哈努克深水港12公里」) or that one of After follows ("about 12 km from the Sihanoukville
/// Autonomous Port") is a distance, not a line's length; where the place it is measured from ends with one of Ends or
/// holds one of Anywhere, the row names that class of place: Prefix + class + Suffix (距港口距离, 距机场距离, 距首都距离),
/// the row a zone's or project's location sheet gives whatever the port's name. A place of no known class is left to the
/// other rules (「距杜阿拉约150公里」 → 距杜阿拉).
/// </summary>
internal sealed record Distances(WordList Before, WordList After, IReadOnlyList<(string Word, string Class)> Ends, IReadOnlyList<(string Word, string Class)> Anywhere,
    string Prefix, string Suffix)
{
    // Where the place an English distance is measured from ends: a clause mark, a bracket, or a route's other end.
    private static readonly string[] PlaceEnds = [",", ";", "(", " to ", " and ", "."];

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

        ReadOnlySpan<char> place;
        var (text, clause, start) = (figure.Text, figure.Clause.Start, figure.Mention.Start);
        if (Before.Last(text, clause, start) is var opens and >= 0 && Before.At(text, opens, start) is { } marker)
        {
            // 「距西哈努克深水港12公里」「园区距…港15公里」: the place runs from the marker to the figure.
            place = text.AsSpan(opens + marker.Length, start - opens - marker.Length);
        }
        else
        {
            var after = figure.ClauseAfter;
            var from = figure.Mention.End + (after.Length - after.TrimStart().Length);
            if (After.At(text, from, figure.Mention.End + after.Length) is not { } link)
            {
                return null;
            }

            place = after.TrimStart()[link.Length..];
            var end = place.Length;
            foreach (var stop in PlaceEnds)
            {
                var at = place.IndexOf(stop, StringComparison.Ordinal);
                end = at >= 0 && at < end ? at : end;
            }

            place = place[..end];
        }

        place = place.Trim();
        return Class(place) is { } found ? Prefix + found + Suffix : null;
    }

    private string? Class(ReadOnlySpan<char> place)
    {
        foreach (var (word, found) in Ends)
        {
            if (place.EndsWith(word, StringComparison.Ordinal))
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
}
