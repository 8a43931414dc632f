using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads a document's title and date from its opening lines (「2023年10月18日 北京」, 「(2023年10月)」, "18 October 2023",
/// "Nov. 20, 2024", a web page's 「2021-09-10 08:11」). A document that opens with body text (a numbered paragraph, a
/// line broken off after 「、」 or 「，」) has no title line; one with no date line is dated by the event its opening
/// paragraph reports (「…于2019年4月27日聚首北京」).
/// </summary>
internal static partial class DocumentHeader
{
    private const int HeaderLines = 12;

    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static string Title(string text, string fallback)
    {
        foreach (var line in OpeningLines(text))
        {
            var candidate = line.Trim().TrimStart('#').Trim();
            if (candidate.Length >= 2 && ParseDate(candidate) is null)
            {
                return IsBodyText(candidate) ? fallback : candidate.Length > 120 ? candidate[..120] : candidate;
            }
        }

        return fallback;
    }

    public static PeriodPoint? Date(string text)
    {
        foreach (var line in OpeningLines(text))
        {
            // A date line is short; a long sentence that happens to open with a date is content.
            if ((line.Length <= 40 ? ParseDate(line) : EnglishDateline(line)) is { } date)
            {
                return date;
            }
        }

        return DatelineDate(text) ?? ReportDate(text) ?? EventDate(text);
    }

    // "ATHENS, Feb. 20, 2025 (Xinhua) -- The port …": an English news dateline opens the first paragraph, not a line of its own.
    private static PeriodPoint? EnglishDateline(string line)
    {
        var dateline = EnglishDatelinePattern().Match(line);
        return dateline.Success && ParseDate(dateline.Groups["date"].Value) is { Precision: DatePrecision.Day } date ? date : null;
    }

    /// <summary>
    /// A news report that opens its first paragraph with the day the reporter learned the news (「2025年1月8日，记者从国铁集团获悉」,
    /// also after its source tag: 「【大公报讯】」「本报讯（记者 张三）」) is dated by that day: a reporting verb in the same
    /// sentence tells it from a history that opens with an event's date.
    /// </summary>
    private static PeriodPoint? ReportDate(string text)
    {
        foreach (var line in OpeningLines(text))
        {
            var report = ReportOpeningPattern().Match(line);
            if (report.Success && ParseDate(report.Groups["date"].Value) is { Precision: DatePrecision.Day } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A news dateline names the day without the year (「新华社昆明12月3日电」); the opening paragraph that states that day
    /// in full (「2024年12月3日，中老铁路…」), or a period of that year ending in the month before it (「2024年1月1日至12月19日」),
    /// gives the year. Without such a date the year is unknown and so is the date.
    /// </summary>
    private static PeriodPoint? DatelineDate(string text)
    {
        var opening = (text.Length > OpeningChars ? text[..OpeningChars] : text).ReplaceLineEndings("");
        var dateline = DatelinePattern().Match(opening);
        if (!dateline.Success)
        {
            return null;
        }

        var (month, day) = (Number(dateline.Groups["m"].Value), Number(dateline.Groups["d"].Value));
        foreach (Match full in ChineseDate().Matches(opening))
        {
            if (!full.Groups["d"].Success || ParseDate(full.Value) is not { Precision: DatePrecision.Day } date)
            {
                continue;
            }

            // The day itself, or a day of the weeks before it that the report covers (「2024年1月1日至12月19日」 under
            // 「12月20日电」): news reports data up to the day before it, of the same year.
            var end = RangeEndPattern().Match(opening, full.Index + full.Length);
            var last = end.Success ? (Month: end.Groups["m"].Success ? Number(end.Groups["m"].Value) : date.Month, Day: Number(end.Groups["d"].Value)) : (date.Month, date.Day);
            if (Dateline(date.Year, month, day) is { } candidate && Dateline(date.Year, last.Month, last.Day) is { } covered
                && candidate >= covered && candidate <= covered.AddDays(RecentDays))
            {
                return PeriodPoint.OfDay(date.Year, month, day);
            }
        }

        return null;
    }

    private const int RecentDays = 31;

    private static DateOnly? Dateline(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>The first full date after 「于」 in the opening paragraph, line breaks ignored (PDF text breaks inside dates).</summary>
    private static PeriodPoint? EventDate(string text)
    {
        var opening = text.Length > OpeningChars ? text[..OpeningChars] : text;
        var match = EventDatePattern().Match(opening.ReplaceLineEndings(""));
        return match.Success && ParseDate(match.Groups["date"].Value) is { Precision: DatePrecision.Day } date ? date : null;
    }

    /// <summary>A numbered paragraph (「1. 」「（一）」) or a line broken off inside a sentence is body text, not a title.</summary>
    private static bool IsBodyText(string line) => BodyTextPattern().IsMatch(line);

    private const int OpeningChars = 800;

    [GeneratedRegex(@"^(?:[0-9０-９]{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[)）])|[、，,；;：:]$")]
    private static partial Regex BodyTextPattern();

    [GeneratedRegex(@"(?<![0-9０-９年])(?<m>[0-9０-９]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2})\s*日\s*电")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^(?:【[^】]{1,16}】|[^，。\s]{1,8}[讯訊]\s*(?:[（(][^）)]{0,20}[）)])?)?\s*(?<date>[12][0-9]{3}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)\s*[，,][^。；]{0,40}?(获悉|了解到|獲悉|瞭解到)")]
    private static partial Regex ReportOpeningPattern();

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'\- ]{1,30},\s*){1,2}(?<date>[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2},?\s+(?:19|20)[0-9]{2})\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–)")]
    private static partial Regex EnglishDatelinePattern();

    [GeneratedRegex(@"\G\s*(?:至|到|—|–|-)\s*(?:(?<m>[0-9０-９]{1,2})\s*月)?\s*(?<d>[0-9０-９]{1,2})\s*日")]
    private static partial Regex RangeEndPattern();

    [GeneratedRegex(@"于\s*(?<date>[12][0-9]{3}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")]
    private static partial Regex EventDatePattern();

    // The first non-blank lines, trimmed, read from the top as asked: the rest of the document is never split into lines.
    private static IEnumerable<string> OpeningLines(string text)
    {
        var taken = 0;
        for (var start = 0; start <= text.Length && taken < HeaderLines;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.Length > 0)
            {
                taken++;
                yield return line.ToString();
            }
        }
    }

    /// <summary>A web page's stamp (「发布时间：2024-10-15 10:02」): a header line, never half of a sentence.</summary>
    internal static bool HasDateStamp(ReadOnlySpan<char> line) => NumericDate().IsMatch(line);

    internal static PeriodPoint? ParseDate(string line)
    {
        var zh = ChineseDate().Match(line);
        if (zh.Success)
        {
            var year = Number(zh.Groups["y"].Value);
            var month = Number(zh.Groups["m"].Value);
            if (month is < 1 or > 12 || year is < 1000 or > 2999)
            {
                return null;
            }

            return zh.Groups["d"].Success && Number(zh.Groups["d"].Value) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? PeriodPoint.OfDay(year, month, day)
                : PeriodPoint.OfMonth(year, month);
        }

        // Web copies stamp pages with numeric dates: 「2021-09-10 08:11」「时间：2021/09/18」 "Updated: 2024-04-14".
        var iso = NumericDate().Match(line);
        if (iso.Success)
        {
            var year = Number(iso.Groups["y"].Value);
            var month = Number(iso.Groups["m"].Value);
            var day = Number(iso.Groups["d"].Value);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PeriodPoint.OfDay(year, month, day) : null;
        }

        var en = EnglishDate().Match(line);
        if (en.Success)
        {
            // "Nov. 20, 2024", "Sept 9 2023": abbreviations are the month's first three letters.
            var month = Array.FindIndex(EnglishMonths, m => m.StartsWith(en.Groups["mon"].Value[..3], StringComparison.OrdinalIgnoreCase)) + 1;
            var year = Number(en.Groups["y"].Value);
            var dayGroup = en.Groups["d1"].Success ? en.Groups["d1"] : en.Groups["d2"];
            return dayGroup.Success && Number(dayGroup.Value) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? PeriodPoint.OfDay(year, month, day)
                : PeriodPoint.OfMonth(year, month);
        }

        return null;
    }

    // Full-width digits fold to ASCII first; the patterns admit nothing else, so the parse cannot fail.
    private static int Number(string digits) => int.Parse(digits.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<y>[12１２][0-9０-９]{3})\s*年\s*(?<m>[0-9０-９]{1,2})\s*月(\s*(?<d>[0-9０-９]{1,2})\s*日)?")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?:(?<d1>[0-9]{1,2})\s+)?\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?:(?<d2>[0-9]{1,2}),?\s+)?(?<y>(19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9]{2})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex NumericDate();
}
