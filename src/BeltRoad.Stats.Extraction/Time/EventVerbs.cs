using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// The English event verbs (opened, launched, founded …) and the forms each rule reads, from one table (time-words.json
/// event_verbs): a verb's uses say which forms exist, so 'opened' is written once for the event dates, the event days,
/// the participle asides, the since-events and the entity rules' participle openings.
/// </summary>
internal sealed record EventVerbs(
    IReadOnlyList<string> Dated,
    IReadOnlyList<string> Days,
    IReadOnlyList<string> Asides,
    IReadOnlyDictionary<string, string[]> SinceStems,
    IReadOnlyList<string> Openings)
{
    public static EventVerbs Read(JsonElement table)
    {
        List<string> dated = [], days = [], asides = [], openings = [];
        var since = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in table.GetProperty("verbs").EnumerateArray())
        {
            var past = Strings(verb, "past");
            var uses = Strings(verb, "uses");
            foreach (var use in uses)
            {
                switch (use)
                {
                    // "opened in 2016", "opened": the date after either is the event's.
                    case "in":
                        dated.AddRange(past.Select(p => p + " in").Concat(past));
                        break;
                    case "on":
                        days.AddRange(past.Select(p => p + " on"));
                        break;
                    case "aside":
                        asides.AddRange(past);
                        break;
                    case "since":
                        // One stem ("open"), or several where a noun alone would be too common ("entered service", not "service").
                        var stemValue = verb.GetProperty("stem");
                        string[] stem = stemValue.ValueKind == JsonValueKind.Array ? [.. stemValue.EnumerateArray().Select(x => x.GetString()!)] : [stemValue.GetString()!];
                        foreach (var word in past.Concat(Strings(verb, "nouns")))
                        {
                            since.Add(word, stem);
                        }

                        break;
                    case "opening":
                        openings.AddRange(past.Select(p => p + " "));
                        break;
                    default:
                        throw new FormatException($"time-words.json event_verbs: unknown use '{use}'");
                }
            }
        }

        return new(dated, days, asides, since, openings);
    }

    private static List<string> Strings(JsonElement verb, string name) =>
        verb.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(x => x.GetString()!)] : [];
}
