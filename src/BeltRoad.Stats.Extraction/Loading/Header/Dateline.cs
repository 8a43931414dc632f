using System.Globalization;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// A news dateline at the top of the body: 「新华社北京5月20日电」「本报武汉8月26日电」「本报北京1月19日讯」「（中央社台北29日電）」, "BEIJING, May 20
/// (Xinhua) --", "ATHENS, Feb. 20, 2025 (Xinhua) --", "ASTANA, March 3. QAZWIRE –" (the agency after a full stop),
/// "Fitch Ratings-London-12 March 2024:" (the agency first, its offices and the day joined by hyphens), "WASHINGTON, June 18,
/// 2019 - " (a press office's release: a single hyphen ends a dateline that writes its year, as it does one naming an agency).
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

    private static int? Number(Group g) =>
        g.Success ? int.Parse(g.Value.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'\- ]{1,30},\s*){1,2}(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>[0-9]{1,2})(?:,\s*(?<y>(?:19|20)[0-9]{2}))?\s*(?:\((?<agency>[^)]{1,40})\)\s*(?:--|—|–|-(?=\s)|:)|\.\s*©?(?<agency>(?-i:[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20})?))\s*(?:--|—|–|:)|(?:--|—|–|(?<=[0-9]{4}\s*)-(?=\s)))", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    // "Fitch Ratings-Hong Kong/London-27 June 2023: …": a rating agency's release names itself, its offices and the day,
    // joined by hyphens, before a colon.
    [GeneratedRegex(@"^(?<agency>[A-Z][A-Za-z&.']*(?:\s[A-Z][A-Za-z&.']*){0,3})\s?-\s?[A-Z][A-Za-z.' ]{1,25}(?:/[A-Z][A-Za-z.' ]{1,25}){0,3}\s?-\s?(?<d>[0-9]{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<y>(?:19|20)[0-9]{2})\s*:")]
    private static partial Regex AgencyFirst();

    // 「新华社北京5月20日电」「2024年5月20日电」「（中央社台北29日電）」「本报北京1月19日讯」: a day (with its month, perhaps its
    // year) before 电/電, or before 讯/訊 as a newspaper's own reporter files.
    [GeneratedRegex(@"(?<agency>新华社|新華社|中新社|中央社|人民网|人民網|本报|本報)?[^\s0-9０-９，。、（）()]{0,8}?(?:(?<y>[12][0-9]{3})\s*年\s*)?(?:(?<![0-9０-９年])(?<m>[0-9０-９]{1,2})\s*月\s*)?(?<![0-9０-９])(?<d>[0-9０-９]{1,2})\s*日\s*[电電讯訊]")]
    private static partial Regex Chinese();
}
