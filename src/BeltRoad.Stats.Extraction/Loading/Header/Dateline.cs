using System.Globalization;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// A news dateline at the top of the body: 「新华社北京5月20日电」「本报武汉8月26日电」「本报北京1月19日讯」「（中央社台北29日電）」, "BEIJING, May 20
/// (Xinhua) --", "ATHENS, Feb. 20, 2025 (Xinhua) --", "ASTANA, March 3. QAZWIRE –" (the agency after a full stop),
/// "Fitch Ratings-London-12 March 2024:" (the agency first, its offices and the day joined by hyphens), "WASHINGTON, June 18,
/// 2019 - " (a press office's release: a single hyphen ends a dateline that writes its year, as it does one naming an agency),
/// "LONDON, 20 May (Reuters) -", "MOSCOW, May 20. /TASS/.", "KARACHI, May 20:", "KUALA LUMPUR (May 20):", "May 20 (Reuters) -".
/// It names the day the report was filed, often without the year (and a Taiwanese one without the month), and sometimes
/// the agency.
/// </summary>
internal sealed partial record Dateline(int? Year, int? Month, int Day, string? Agency)
{
    private const int OpeningChars = 800;
    // A dateline opens the body: it stands this near a line's start (「据新华社昆明3月14日电」).
    private const int MaxLead = 24;

    /// <summary>The first dateline of the document's opening, if it has one.</summary>
    public static Dateline? Find(string text)
    {
        var opening = (text.Length > OpeningChars ? text[..OpeningChars] : text).ReplaceLineEndings("\n");
        foreach (var line in opening.Split('\n'))
        {
            if (InLine(line.Trim()) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether the line opens with a dateline: it is the body, not a title.</summary>
    public static bool Opens(string line) => InLine(line.Trim()) is not null;

    private static Dateline? InLine(string line)
    {
        var english = English().Match(line);
        if (english.Success)
        {
            var month = EnglishMonths.Number(english.Groups["mon"].Value);
            return new Dateline(Number(english.Groups["y"]), month, Number(english.Groups["d"])!.Value, Clean(english.Groups["agency"]));
        }

        // "KUALA LUMPUR (May 20):" (Malaysian and Singaporean papers), "May 20 (Reuters) -" (a wire's copy without its city).
        var bracketed = BracketedDay().Match(line) is { Success: true } b ? b : CityLess().Match(line);
        if (bracketed.Success)
        {
            var month = EnglishMonths.Number(bracketed.Groups["mon"].Value);
            return new Dateline(Number(bracketed.Groups["y"]), month, Number(bracketed.Groups["d"])!.Value, Clean(bracketed.Groups["agency"]));
        }

        var agencyFirst = AgencyFirst().Match(line);
        if (agencyFirst.Success)
        {
            var month = EnglishMonths.Number(agencyFirst.Groups["mon"].Value);
            return new Dateline(Number(agencyFirst.Groups["y"]), month, Number(agencyFirst.Groups["d"])!.Value, Clean(agencyFirst.Groups["agency"]));
        }

        var chinese = Chinese().Match(line);
        if (chinese.Success && chinese.Index <= MaxLead)
        {
            var agency = chinese.Groups["agency"].Success ? chinese.Groups["agency"].Value : null;
            return new Dateline(Number(chinese.Groups["y"]), Number(chinese.Groups["m"]), Number(chinese.Groups["d"])!.Value, agency);
        }

        return null;
    }

    private static string? Clean(Group g) => g.Success && g.Value.Trim() is { Length: > 0 } v ? v : null;

    // An English month's name or abbreviation as datelines write it ("May", "Sept.", "December"): one pattern for every shape below.
    private const string MonthName = @"(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?";

    private static int? Number(Group g) =>
        g.Success ? int.Parse(g.Value.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    // The day month first ("May 20") or day first ("20 May", as British and Central Asian agencies write it); the agency in
    // brackets, after a full stop, or between slashes ("/Xinhua/ --", "May 20. /TASS/."); or a colon right after the day
    // ("KARACHI, May 20:", as Pakistani papers file) — a city, a comma and a day before a colon are a dateline's shape only.
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'\- ]{1,30},\s*){1,2}(?:" + MonthName + @"\s+(?<d>[0-9]{1,2})|(?<d>[0-9]{1,2})\s+" + MonthName + @")(?:,?\s*(?<y>(?:19|20)[0-9]{2}))?\s*(?:\((?<agency>[^)]{1,40})\)\s*(?:--|—|–|-(?=\s)|:)|\.\s*©?(?<agency>(?-i:[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20})?))\s*(?:--|—|–|:|-(?=\s))|\.?\s*/(?<agency>[A-Za-z]{2,20})/|(?:--|—|–|:|(?<=[0-9]{4}\s*)-(?=\s)))", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    // "KUALA LUMPUR (May 20):", "SINGAPORE (Aug 14) -": a city in capitals, then the day in brackets, then a colon or a dash.
    [GeneratedRegex(@"^[A-Z][A-Z.'\- ]{1,30}\s*\(" + MonthName + @"\s+(?<d>[0-9]{1,2})(?:,\s*(?<y>(?:19|20)[0-9]{2}))?\)\s*(?::|--|—|–|-(?=\s))")]
    private static partial Regex BracketedDay();

    // "May 20 (Reuters) - ": a wire's day and its agency in brackets, then a dash or a colon, with no city before them.
    [GeneratedRegex(@"^" + MonthName + @"\s+(?<d>[0-9]{1,2})(?:,\s*(?<y>(?:19|20)[0-9]{2}))?\s*\((?<agency>[^)]{1,40})\)\s*(?:--|—|–|-(?=\s)|:)")]
    private static partial Regex CityLess();

    // "Fitch Ratings-Hong Kong/London-27 June 2023: …": a rating agency's release names itself, its offices and the day,
    // joined by hyphens, before a colon.
    [GeneratedRegex(@"^(?<agency>[A-Z][A-Za-z&.']*(?:\s[A-Z][A-Za-z&.']*){0,3})\s?-\s?[A-Z][A-Za-z.' ]{1,25}(?:/[A-Z][A-Za-z.' ]{1,25}){0,3}\s?-\s?(?<d>[0-9]{1,2})\s+" + MonthName + @"\s+(?<y>(?:19|20)[0-9]{2})\s*:")]
    private static partial Regex AgencyFirst();

    // 「新华社北京5月20日电」「2024年5月20日电」「（中央社台北29日電）」「本报北京1月19日讯」: a day (with its month, perhaps its
    // year) before 电/電, or before 讯/訊 as a newspaper's own reporter files.
    [GeneratedRegex(@"(?<agency>新华社|新華社|中新社|中央社|人民网|人民網|本报|本報)?[^\s0-9０-９，。、（）()]{0,8}?(?:(?<y>[12][0-9]{3})\s*年\s*)?(?:(?<![0-9０-９年])(?<m>[0-9０-９]{1,2})\s*月\s*)?(?<![0-9０-９])(?<d>[0-9０-９]{1,2})\s*日\s*[电電讯訊]")]
    private static partial Regex Chinese();
}
