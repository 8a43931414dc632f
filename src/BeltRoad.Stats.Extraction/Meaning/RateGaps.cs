using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The gap by which a growth rate exceeds or falls short of another rate (data: rate_gaps in Resources/label-words.json):
/// 「比外贸整体增速高7.7个百分点」「高出整体增速53.8个百分点」, "7.7 percentage points higher than the growth of China's
/// overall foreign trade", "outpacing the overall growth rate by 2.3 percentage points" (after trade) → 增速高于外贸整体增速.
/// </summary>
internal sealed record RateGaps(
    string Rate, string Higher, string Lower, string ZhThan, WordList ZhHigher, WordList ZhLower, WordList ZhRates,
    WordList EnHigher, WordList EnLower, WordList EnRates, IReadOnlyList<(string Name, WordList Words)> EnWholes, string EnDefault,
    IReadOnlyList<(string Name, WordList Words)> ZhWholes, WordList ZhOverall, IReadOnlyList<(string Name, WordList Words)> ZhOverallOf,
    WordList EnOutpacing, WordList EnBy, IReadOnlyList<(string Name, WordList Words)> EnOverallOf, NationalGap ZhNational)
{
    public static RateGaps Read(JsonElement e)
    {
        static WordList Words(JsonElement list) => new(list.EnumerateArray().Select(x => x.GetString()!));
        string S(string name) => e.GetProperty(name).GetString()!;
        return new(S("rate"), S("higher"), S("lower"), S("zh_than"), Words(e.GetProperty("zh_higher")), Words(e.GetProperty("zh_lower")),
            Words(e.GetProperty("zh_rates")), Words(e.GetProperty("en_higher")), Words(e.GetProperty("en_lower")), Words(e.GetProperty("en_rates")),
            [.. e.GetProperty("en_wholes").EnumerateObject().Select(p => (p.Name, Words(p.Value)))], S("en_default"),
            [.. e.GetProperty("zh_wholes").EnumerateObject().Select(p => (p.Name, Words(p.Value)))], Words(e.GetProperty("zh_overall")),
            [.. e.GetProperty("zh_overall_of").EnumerateObject().Select(p => (p.Name, Words(p.Value)))],
            Words(e.GetProperty("en_outpacing")), Words(e.GetProperty("en_by")),
            [.. e.GetProperty("en_overall_of").EnumerateObject().Select(p => (p.Name, Words(p.Value)))],
            NationalGap.Read(e.GetProperty("zh_national")));
    }

    /// <summary>The gap row of a percentage-point figure that compares a growth rate with another rate, or null.</summary>
    public string? For(FigureContext figure, WordList yearOnYear, bool regional)
    {
        var before = figure.ClauseBefore.TrimEnd().ToString();
        if (HanText.Any(figure.Subject))
        {
            return Chinese(before, yearOnYear, regional);
        }

        // "… 7.7 percentage points higher than the growth of China's overall foreign trade"
        var after = figure.Text.AsSpan(figure.Mention.End, figure.Clause.End - figure.Mention.End).TrimStart().ToString();
        var lead = after.StartsWith("percentage point", StringComparison.OrdinalIgnoreCase) ? after.IndexOf(' ', "percentage point".Length) : 0;
        after = lead < 0 ? "" : after[lead..].TrimStart();
        var higher = EnHigher.At(after, 0, after.Length);
        var lower = higher is null ? EnLower.At(after, 0, after.Length) : null;
        string compared;
        if ((higher ?? lower) is { } word)
        {
            compared = after[word.Length..];
        }
        else if (Outpaced(before) is { } outpaced)
        {
            // "… outpacing the growth of the country's overall foreign trade by 3.7 percentage points": the rate compared
            // stands between a verb of outpacing and "by" before the figure.
            (compared, higher) = (outpaced, Higher);
        }
        else
        {
            return null;
        }

        if (!EnRates.Any(compared, 0, compared.Length))
        {
            return null;
        }

        return Rate + (higher is not null ? Higher : Lower) + EnglishWhole(compared, figure);
    }

    // The rate compared between a verb of outpacing and "by" ending the clause before the figure, or null.
    private string? Outpaced(string before)
    {
        if (EnBy.EndOf(before) is not { } by || EnOutpacing.Last(before, 0, before.Length) is var at && at < 0)
        {
            return null;
        }

        var start = at + EnOutpacing.At(before, at, before.Length)!.Length;
        var end = before.Length - by.Length;
        return end > start ? before[start..end] : null;
    }

    // The whole whose growth is compared: one its words name, else — an overall or average rate — the reporter's foreign
    // trade where the figure's sentence names trade before it ("China's trade with … rose 11.3 percent, 2.7 percentage
    // points faster than the national average"), as 「高于全省整体」 after trade is (zh_overall_of), else the bare overall rate.
    private string EnglishWhole(string compared, FigureContext figure)
    {
        foreach (var (name, words) in EnWholes)
        {
            if (words.Any(compared, 0, compared.Length))
            {
                return name;
            }
        }

        foreach (var (name, words) in EnOverallOf)
        {
            if (words.Any(figure.Text, figure.In.Sentence.Start, figure.Mention.Start))
            {
                return name;
            }
        }

        return EnDefault;
    }

    private string? Whole(string compared, string before)
    {
        foreach (var (name, words) in ZhWholes)
        {
            if (words.Any(compared, 0, compared.Length))
            {
                return name;
            }
        }

        if (ZhOverall.Any(compared, 0, compared.Length))
        {
            foreach (var (name, words) in ZhOverallOf)
            {
                if (words.Any(before, 0, before.Length - compared.Length))
                {
                    return name;
                }
            }
        }

        return null;
    }

    // 「比外贸整体增速高」「比对共建国家整体增速高」「增速比全国整体水平高」 (the rate compared between 比 and the comparison
    // word at the clause's end), 「高出整体增速」 (after the comparison word, up to the figure).
    private string? Chinese(string before, WordList yearOnYear, bool regional)
    {
        foreach (var (words, word) in new[] { (ZhHigher, Higher), (ZhLower, Lower) })
        {
            var at = words.Last(before, 0, before.Length);
            if (at < 0)
            {
                continue;
            }

            var verb = words.At(before, at, before.Length)!;
            string compared;
            if (at + verb.Length == before.Length)
            {
                var than = before.LastIndexOf(ZhThan, at, StringComparison.Ordinal);
                if (than < 0)
                {
                    continue;
                }

                compared = before[(than + ZhThan.Length)..at];
            }
            else if (verb.Length > 1)
            {
                compared = before[(at + verb.Length)..];
            }
            else
            {
                continue;
            }

            compared = compared.Trim();
            if (regional && compared.Length > 0 && ZhNational.Words.Any(compared, 0, compared.Length) && !yearOnYear.Any(compared, 0, compared.Length)
                && compared.AsSpan().IndexOfAnyInRange('0', '9') < 0)
            {
                return ZhNational.Rate + word + ZhNational.Whole;
            }

            if (compared.Length == 0 || !ZhRates.Any(compared, 0, compared.Length) || yearOnYear.Any(compared, 0, compared.Length)
                || compared.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                continue;
            }

            // 「高于全省外贸增速」: the reporter's overall trade growth is one row, as the English wholes are (zh_wholes:
            // 外贸整体增速), whichever qualifier the release wrote; so is an overall rate (zh_overall: 「沿线贸易增速高于全省整体」)
            // compared with a rate whose clause names trade before it (zh_overall_of), not one of investment.
            if (Whole(compared, before) is { } whole)
            {
                return Rate + word + whole;
            }

            return Rate + word + compared;
        }

        return null;
    }
}

/// <summary>
/// A region's growth compared with the nation's (rate_gaps.zh_national: 「增幅高于全国平均水平9个百分点」「我省增速高出全国16.6个百分点」
/// on a province's page): the region's lead over the national rate, one row whatever the national rate is called.
/// </summary>
internal sealed record NationalGap(WordList Words, string Rate, string Whole)
{
    public static NationalGap Read(JsonElement e) => new(new(e.GetProperty("words").EnumerateArray().Select(x => x.GetString()!)),
        e.GetProperty("rate").GetString()!, e.GetProperty("whole").GetString()!);
}
