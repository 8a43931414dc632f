using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A workforce's share by nationality (data: nationals in Resources/label-words.json): an English percentage of the people
/// its sentence counted before it as a workforce (one of Staff before it), said to be of one nationality ("260 staff, 92%
/// of them Mozambican", "7,800 workers, of whom 83 per cent are Malaysians", "employs about 1,000 people, more than 90% of
/// them Sri Lankan nationals"), is the local staff's share, the row Label (本地员工占比); "of them" is label-words.json
/// part_words; a nationality of the builders' own (Foreign: "Chinese") is none. A count of a company's staff said to be of
/// one local nationality ("employs about 2,700 Kenyans", "3,600 Lao staff") is the local staff's count, the row CountLabel
/// (本地员工数); workers a project took on or gave jobs to ("absorbed 51,000 Indonesian workers", "3,000 local workers
/// were hired") are jobs, whose row the catalogue gives.
/// </summary>
internal sealed record Nationals(string Label, WordList Staff, WordList Before, WordList Links, WordList Locals, WordList Foreign, string CountLabel, WordList CountNouns)
{
    public static Nationals Read(JsonElement e)
    {
        WordList Words(string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(e.GetProperty("label").GetString()!, Words("staff"), Words("before"), Words("links"), Words("locals"), Words("foreign"),
            e.GetProperty("count_label").GetString()!, Words("count_nouns"));
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

    /// <summary>
    /// The row for a count of people (the caller asks only of an English one) whose noun, right after the numeral, is a local
    /// nationality (one of Locals, or a capitalised word not of Foreign) and either a staff noun right after it (CountNouns:
    /// "3,600 Lao staff") or a plural of its own after one of Staff before the figure in its clause ("employs about 2,700
    /// Kenyans"); else null. "1,200 Chinese staff", "9,000 Bangladeshi workers" and "52,000 European visitors" are none.
    /// </summary>
    public string? Count(FigureContext figure)
    {
        var (text, mention) = (figure.Text, figure.Mention);
        var end = Math.Min(figure.Clause.End, text.Length);
        var at = Blank.SkipSpaces(text, Math.Min(mention.End, mention.NumberStart + mention.NumberLength), end);
        if (at >= end || at >= mention.End)
        {
            return null;
        }

        var wordEnd = at;
        if (Locals.At(text, at, end) is { } local)
        {
            wordEnd += local.Length;
        }
        else if (char.IsAsciiLetterUpper(text[at]) && Foreign.At(text, at, end) is null)
        {
            while (wordEnd < end && char.IsAsciiLetter(text[wordEnd]))
            {
                wordEnd++;
            }
        }
        else
        {
            return null;
        }

        var next = Blank.SkipSpaces(text, wordEnd, end);
        if (CountNouns.At(text, next, end) is not null)
        {
            return CountLabel;
        }

        // "Kenyans": the nationality is the noun itself (a plural ending the noun phrase), employed by the clause's verb.
        var plural = text[wordEnd - 1] is 's' && (next >= end || !char.IsAsciiLetter(text[next]));
        return plural && Staff.Any(text, figure.Clause.Start, mention.Start) ? CountLabel : null;
    }
}
