using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A workforce's share by nationality (data: nationals in Resources/label-words.json): an English percentage of the people
/// its sentence counted before it as a workforce (one of Staff before it), said to be of one nationality ("260 staff, 92%
/// of them Mozambican", "7,800 workers, of whom 83 per cent are Malaysians", "employs about 1,000 people, more than 90% of
/// them Sri Lankan nationals"), is the local staff's share, the row Label (本地员工占比); "of them" is label-words.json
/// part_words; a nationality of the builders' own (Foreign: "Chinese") is none.
/// </summary>
internal sealed record Nationals(string Label, WordList Staff, WordList Before, WordList Links, WordList Locals, WordList Foreign)
{
    public static Nationals Read(JsonElement e)
    {
        WordList Words(string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(e.GetProperty("label").GetString()!, Words("staff"), Words("before"), Words("links"), Words("locals"), Words("foreign"));
    }

    /// <summary>
    /// The row for a percentage (the caller asks only of an English share after a count of people in its sentence) whose
    /// words name a nationality: after one of <paramref name="partWords"/> right after it ("92% of them Mozambican"), or after one of Links
    /// right after it where one of Before stands between the count and it ("of whom 83 per cent are Malaysians"); else null.
    /// </summary>
    public string? For(FigureContext figure, WordList partWords)
    {
        var (text, end) = (figure.Text, figure.Clause.End);
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        if (partWords.At(text, at, end) is { } after)
        {
            at += after.Length;
        }
        else if (Before.Any(text, figure.PreviousFigureEnd, figure.Mention.Start) && Links.At(text, at, end) is { } link)
        {
            at += link.Length;
        }
        else
        {
            return null;
        }

        // The people counted are a workforce ("staff", "workers", "employs"): 5,000 visitors, 40% of them European, are none.
        if (!Staff.Any(text, figure.In.Sentence.Start, figure.Mention.Start))
        {
            return null;
        }

        at = Blank.SkipSpaces(text, at, end);
        return at < end && (Locals.At(text, at, end) is not null || (char.IsAsciiLetterUpper(text[at]) && Foreign.At(text, at, end) is null))
            ? Label
            : null;
    }
}
