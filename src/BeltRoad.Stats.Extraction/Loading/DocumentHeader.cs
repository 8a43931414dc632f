using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading.Header;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Reads a document's title, date and publisher from its opening and closing lines: the headline after the page's
/// breadcrumbs (<see cref="HeaderLine"/>), the dateline's day or the page's stamp (<see cref="DocumentDate"/>), the agency
/// or source the text names (<see cref="DocumentPublisher"/>); and the dates such lines write (「2023年10月18日」,
/// 「2021-09-10 08:11」, 「2018 8月8日」, "Nov. 20, 2024", "10-Aug-2025", "4/14/2024 12:03:51 PM", "28.09.2023").
/// </summary>
internal static partial class DocumentHeader
{
    private const int HeaderLines = 12;
    private const int FooterLines = 5;
    private const int MaxTitle = 120;
    private const int OpeningChars = 800;

    /// <summary>
    /// The headline: the first line that looks like one after the page's breadcrumbs, past its stamp, buttons, bylines and
    /// fragments (「• 1」), before the body starts; a masthead above a breadcrumb is the site's name, not the document's.
    /// </summary>
    public static string Title(string text, string fallback)
    {
        var lines = OpeningLines(text).Select(l => l.TrimStart('#').Trim()).Where(l => l.Length > 0).ToList();
        var kinds = lines.Select(l => HeaderLine.Kind(l, HeaderWords.Default)).ToList();
        var body = kinds.IndexOf(HeaderLineKind.Body);
        var top = body < 0 ? kinds.Count : body;
        // A bilingual sheet's masthead or section said in both languages ("FACT SHEET | 项目概况") is no breadcrumb to start after.
        // A bar of links under the headline ("Download full report (PDF) | Financial Statements") is no breadcrumb either.
        var from = Enumerable.Range(0, top).LastOrDefault(i => kinds[i] == HeaderLineKind.Navigation && !HeaderLine.IsTranslationPair(lines[i], HeaderWords.Default)
            && !HeaderLine.IsLinkBar(lines[i], HeaderWords.Default), -1) + 1;
        // "HARBOUR POST" over "ECONOMY | 02-06-2023 17:48" over the headline: with no breadcrumb of its own, a page's
        // stamp written as one is its section path, and the masthead above it the site's name, when a headline follows it.
        for (var i = 0; from == 0 && i < top; i++)
        {
            if (kinds[i] == HeaderLineKind.Stamp && HeaderLine.IsBreadcrumb(lines[i], HeaderWords.Default) && kinds.Skip(i + 1).Take(top - i - 1).Contains(HeaderLineKind.Headline))
            {
                from = i + 1;
                break;
            }
        }

        for (var i = from; i < lines.Count && kinds[i] != HeaderLineKind.Body; i++)
        {
            // A masthead said in both languages ("China-Africa Economic and Trade Expo Secretariat | 中非经贸博览会秘书处") is
            // the issuer's over the headline written once below it.
            if (kinds[i] == HeaderLineKind.Headline && !HeaderLine.IsTranslationPair(lines[i], HeaderWords.Default))
            {
                return Cut(lines[i]);
            }
        }

        // No headline but one said in both languages ("Karot Hydropower Project, Pakistan | 巴基斯坦卡洛特水电站"): that one.
        for (var i = from; i < lines.Count && kinds[i] != HeaderLineKind.Body; i++)
        {
            if (kinds[i] is HeaderLineKind.Navigation or HeaderLineKind.Headline && HeaderLine.IsPairedHeadline(lines[i], HeaderWords.Default))
            {
                return Cut(lines[i]);
            }
        }

        // No headline line: a scraped page may have run its menu, headline and stamp into one line.
        for (var i = from; i < lines.Count && kinds[i] != HeaderLineKind.Body; i++)
        {
            if (kinds[i] == HeaderLineKind.Stamp && GluedHeadline(lines[i], HeaderWords.Default) is { } headline)
            {
                return Cut(headline);
            }
        }

        return fallback;
    }

    private static string Cut(string title) => title.Length > MaxTitle ? title[..MaxTitle] : title;

    /// <summary>
    /// 「中文版日本語HomeBusinessChina-Europe freight train trips jump 73% in 2018From:Xinhua | 2019-01-19 13:37」: what stands
    /// before a stamp line's stamp word, less the menu words glued to its front, when it looks like a headline.
    /// </summary>
    internal static string? GluedHeadline(string line, HeaderWords words)
    {
        var stamp = line.AsSpan().IndexOfAny(words.Stamp);
        if (stamp <= 0)
        {
            return null;
        }

        var headline = line[..stamp].Trim();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var w in words.NavigationWords)
            {
                // Glued: the next word starts right after the menu word ("HomeBusiness"), never "China-Europe" or "China's".
                if (headline.Length > w.Length && headline.StartsWith(w, StringComparison.Ordinal)
                    && (char.IsAsciiLetterUpper(headline[w.Length]) || headline[w.Length] > '\u2E7F'))
                {
                    headline = headline[w.Length..].TrimStart();
                    stripped = true;
                    break;
                }
            }
        }

        return HeaderLine.Kind(headline, words) == HeaderLineKind.Headline ? headline : null;
    }

    /// <summary>The document's date (<see cref="DocumentDate"/>); <paramref name="published"/> is what its metadata says.</summary>
    public static PeriodPoint? Date(string text, PeriodPoint? published = null) => DocumentDate.Of(text, published, HeaderWords.Default);

    /// <summary>The agency or source the text names (<see cref="DocumentPublisher"/>; an office within <paramref name="site"/>,
    /// the page's site name, with it), or null.</summary>
    public static string? Publisher(string text, string? site = null) => DocumentPublisher.Of(text, HeaderWords.Default, site);

    /// <summary>
    /// A news report that opens its first paragraph with the day the reporter learned the news (「2025年1月8日，记者从国铁集团获悉」,
    /// also after its source tag: 「【大公报讯】」「本报讯（记者 张三）」) is dated by that day: a reporting verb in the same
    /// sentence tells it from a history that opens with an event's date. A transcript that opens with the day its press
    /// conference was held (「2022年4月19日上午，国家发展改革委举行4月份新闻发布会」) is that day's the same way.
    /// </summary>
    internal static PeriodPoint? ReportDate(string text)
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

    /// <summary>The first full date after 「于」 in the opening paragraph, line breaks ignored (PDF text breaks inside dates).</summary>
    internal static PeriodPoint? EventDate(string text)
    {
        var opening = text.Length > OpeningChars ? text[..OpeningChars] : text;
        var match = EventDatePattern().Match(opening.ReplaceLineEndings(""));
        return match.Success && ParseDate(match.Groups["date"].Value) is { Precision: DatePrecision.Day } date ? date : null;
    }

    /// <summary>
    /// Whether the next non-blank line after <paramref name="lineEnd"/> is the page's byline, chrome, stamp or breadcrumb
    /// ("Sok Chan / Khmer Times", "By Wang Xiaotian", 「【打印】【关闭】」): the line ending there is a headline over them.
    /// </summary>
    internal static bool AboveChrome(string text, int lineEnd)
    {
        for (var start = lineEnd; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.Length > 0)
            {
                return HeaderLine.Kind(line.ToString(), HeaderWords.Default) is HeaderLineKind.Byline or HeaderLineKind.Chrome or HeaderLineKind.Stamp or HeaderLineKind.Navigation;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line is the page's own rather than the item's: a byline or caption, a stamp, a breadcrumb, or chrome that
    /// ends no sentence (「分享到：新浪微博 腾讯微博 QQ空间」: the share bar names sites, no lead's subject; a lead sentence that
    /// happens to hold a chrome word, "comment", still ends with its full stop).
    /// </summary>
    internal static bool IsPageLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return HeaderLine.Kind(trimmed.ToString(), HeaderWords.Default) switch
        {
            HeaderLineKind.Byline or HeaderLineKind.Stamp or HeaderLineKind.Navigation => true,
            HeaderLineKind.Chrome => trimmed.Length > 0 && trimmed[^1] is not ('.' or '。' or '！' or '!'),
            _ => false,
        };
    }

    /// <summary>A numbered paragraph (「1. 」「（一）」) or a line broken off inside a sentence is body text, not a title.</summary>
    internal static bool IsBodyText(string line) => BodyTextPattern().IsMatch(line);

    // The first non-blank lines, trimmed, read from the top as asked: the rest of the document is never split into lines.
    // A scraped page's menu, one section a line ("Politics", "Oil & Gas", "Other News"), does not use up the lines its
    // headline and stamp are looked for in below it; at most MaxOpeningLines are read in all.
    internal static IEnumerable<string> OpeningLines(string text)
    {
        var taken = 0;
        var read = 0;
        for (var start = 0; start <= text.Length && taken < HeaderLines && read < MaxOpeningLines;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.Length > 0)
            {
                read++;
                taken += IsMenuItem(line) ? 0 : 1;
                yield return line.ToString();
            }
        }
    }

    private const int MaxOpeningLines = 40;
    private const int MaxMenuItem = 16;

    // A menu's entry: a word or two, no digit, no punctuation but '&' ("Oil & Gas", 「财经」).
    private static bool IsMenuItem(ReadOnlySpan<char> line) =>
        line.Length <= MaxMenuItem && line.Count(' ') <= 2 && !line.ContainsAnyExcept(MenuItemChars);

    private static readonly System.Buffers.SearchValues<char> MenuItemChars = System.Buffers.SearchValues.Create(
        " &-'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The last non-blank lines, from the bottom: a print edition's line 「《人民日报》（2024年03月15日 03 版）」 stands there.
    internal static IEnumerable<string> ClosingLines(string text)
    {
        var taken = 0;
        for (var end = text.Length; end > 0 && taken < FooterLines;)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start).Trim();
            end = start - 1;
            if (line.Length > 0)
            {
                taken++;
                yield return line.ToString();
            }

            if (end < 0)
            {
                break;
            }
        }
    }

    /// <summary>A web page's stamp (「发布时间：2024-10-15 10:02」): a header line, never half of a sentence.</summary>
    internal static bool HasDateStamp(ReadOnlySpan<char> line) => NumericDate().IsMatch(line);

    internal static PeriodPoint? ParseDate(string line) => FindDate(line)?.Date;

    /// <summary>The first date <paramref name="line"/> writes in one of the forms above, with where it stands.</summary>
    internal static (PeriodPoint Date, int Start, int Length)? FindDate(string line)
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

            return (Day(year, month, zh.Groups["d"]) ?? PeriodPoint.OfMonth(year, month), zh.Index, zh.Length);
        }

        // Web copies stamp pages with numeric dates: 「2021-09-10 08:11」「时间：2021/09/18」 "Updated: 2024-04-14".
        var iso = NumericDate().Match(line);
        if (iso.Success)
        {
            return Day(Number(iso.Groups["y"].Value), Number(iso.Groups["m"].Value), iso.Groups["d"]) is { } day ? (day, iso.Index, iso.Length) : null;
        }

        // "Updated 18:20, 10-Aug-2025"; "4/14/2024 12:03:51 PM" (a month first, as a US page writes it, where the day cannot be a month or a clock follows).
        var dashed = DayMonthYear().Match(line);
        var en = dashed.Success ? dashed : EnglishDate().Match(line);
        if (en.Success)
        {
            // "Nov. 20, 2024", "Sept 9 2023", "Sep 12th 2024", "12th of September 2024": abbreviations are the month's first three letters.
            var month = EnglishMonths.Number(en.Groups["mon"].Value);
            var year = Number(en.Groups["y"].Value);
            var dayGroup = en.Groups["d1"].Success ? en.Groups["d1"] : en.Groups["d2"];
            return (Day(year, month, dayGroup) ?? PeriodPoint.OfMonth(year, month), en.Index, en.Length);
        }

        var us = UsDate().Match(line);
        if (us.Success && (Number(us.Groups["d"].Value) > 12 || us.Groups["clock"].Success))
        {
            return Day(Number(us.Groups["y"].Value), Number(us.Groups["m"].Value), us.Groups["d"]) is { } day ? (day, us.Index, us.Length) : null;
        }

        // "28.09.2023 • 09:47", "| 25.07.2016 |", "ECONOMY | 02-06-2023 17:48": European, Latin American and South Asian
        // pages write the day first with dots or dashes (a US page writes its month first with slashes); with slashes only
        // where the first number cannot be a month ("28/09/2023").
        var european = DayFirstDate().Match(line);
        if (european.Success && (european.Groups["sep"].Value is "." or "-" || Number(european.Groups["d"].Value) > 12))
        {
            return Day(Number(european.Groups["y"].Value), Number(european.Groups["m"].Value), european.Groups["d"]) is { } day ? (day, european.Index, european.Length) : null;
        }

        return null;
    }

    private static PeriodPoint? Day(int year, int month, Group day) =>
        month is >= 1 and <= 12 && day.Success && Number(day.Value) is var d && d >= 1 && d <= DateTime.DaysInMonth(year, month)
            ? PeriodPoint.OfDay(year, month, d)
            : null;

    // Full-width digits fold to ASCII first; the patterns admit nothing else, so the parse cannot fail.
    private static int Number(string digits) => int.Parse(digits.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:[0-9０-９]{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,3}[)）])|[、，,；;：:]$")]
    private static partial Regex BodyTextPattern();

    [GeneratedRegex(@"^(?:【[^】]{1,16}】|[^，。\s]{1,8}[讯訊]\s*(?:[（(][^）)]{0,20}[）)])?)?\s*(?<date>[12][0-9]{3}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)(?:上午|下午|晚间|晚上|晚)?\s*[，,](?:[^。；]{0,40}?(获悉|了解到|獲悉|瞭解到)|[^，,。；]{0,24}?(?:举行|召开|舉行|召開)[^，,。；]{0,24}?(?:新闻发布会|新聞發佈會|新聞發布會|发布会|發佈會|記者會|记者会|吹风会|吹風會))")]
    private static partial Regex ReportOpeningPattern();

    [GeneratedRegex(@"于\s*(?<date>[12][0-9]{3}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")]
    private static partial Regex EventDatePattern();

    // 「2018 8月8日 星期三」: a print edition's page (當前報紙日期) may leave out 年 between the year and a whole day.
    [GeneratedRegex(@"(?<![0-9０-９])(?:(?<y>[12１２][0-9０-９]{3})\s*年\s*(?<m>[0-9０-９]{1,2})\s*月(\s*(?<d>[0-9０-９]{1,2})\s*日)?|(?<y>(?:19|20|１９|２０)[0-9０-９]{2})[ \u3000]+(?<m>[0-9０-９]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2})\s*日)")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?:(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+)?(?<y>(19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![0-9])(?<d1>[0-9]{1,2})-(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*-(?<y>(19|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9]{2})(?<sep>[-/.]|\. )(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9./-])(?<d>[0-9]{1,2})(?<sep>[./-])(?<m>[0-9]{1,2})\k<sep>(?<y>(19|20)[0-9]{2})(?![0-9/-]|\.[0-9])")]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(@"(?<![0-9/])(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>(19|20)[0-9]{2})(?![0-9/])(?<clock>\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[AP]M)?", RegexOptions.IgnoreCase)]
    private static partial Regex UsDate();
}
