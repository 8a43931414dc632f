using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// Tells what a line at a document's top or bottom is (<see cref="HeaderLineKind"/>): the page's stamp, a breadcrumb,
/// buttons, a byline, a fragment, the body, or what a headline looks like. Words as data: Resources/header-lines.json.
/// </summary>
internal static class HeaderLine
{
    // A date line says little besides its date: a weekday, a place, a source's name.
    private const int MaxStampRemainder = 12;
    // The Han a stamp stating only a month or a year holds beside it (a paper's or site's name).
    private const int MaxPeriodStampHan = 6;
    private const int MinHeadlineHan = 5;
    private const int MinHeadlineWords = 3;
    private const int MaxHeadline = 100;

    public static HeaderLineKind Kind(string line, HeaderWords words)
    {
        if (IsStamp(line, words))
        {
            return HeaderLineKind.Stamp;
        }

        if (IsNavigation(line, words))
        {
            return HeaderLineKind.Navigation;
        }

        return KindBesideNavigation(line, words);
    }

    /// <summary>
    /// "Karot Hydropower Project, Pakistan | 巴基斯坦卡洛特水电站": a bilingual sheet's headline written once in each language,
    /// the halves around one bar (<see cref="IsTranslationPair"/>), shaped as a headline would be without the bar.
    /// </summary>
    public static bool IsPairedHeadline(string line, HeaderWords words) =>
        IsTranslationPair(line, words) && KindBesideNavigation(line, words) == HeaderLineKind.Headline;

    /// <summary>
    /// "Council for the Development of Cambodia | 柬埔寨发展理事会", 「中国路桥工程有限责任公司 | China Road and Bridge Corporation」:
    /// a line said twice, English with no Han on one side of one bar and Han with no Latin letter on the other — a bilingual
    /// sheet's headline, publisher or section, not a menu of two sections ("World | Europe", 「首页 | 新闻」).
    /// </summary>
    public static bool IsTranslationPair(string line, HeaderWords words)
    {
        foreach (var separator in words.Separators)
        {
            var parts = line.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "English | 中文", 「首页 | Home」: a half that is a menu or language link (navigation_words) makes a switcher, not a pair.
            if (parts.Length == 2 && (IsLatinHalf(parts[0]) && IsHanHalf(parts[1]) || IsHanHalf(parts[0]) && IsLatinHalf(parts[1]))
                && !parts.Any(p => words.NavigationWords.Contains(p, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // The least a half of a translation pair holds: a word of its own ("FACT SHEET", 「项目概况」), not a stray letter.
    private const int MinPairLetters = 4;
    private const int MinPairHan = 2;

    private static bool IsLatinHalf(string part) => HanText.Count(part) == 0 && part.Count(char.IsAsciiLetter) >= MinPairLetters;

    private static bool IsHanHalf(string part) => HanText.Count(part) >= MinPairHan && !part.Any(char.IsAsciiLetter);

    // What a line that is neither a stamp nor a breadcrumb is.
    private static HeaderLineKind KindBesideNavigation(string line, HeaderWords words)
    {
        if (line.AsSpan().ContainsAny(words.Chrome))
        {
            return HeaderLineKind.Chrome;
        }

        if (words.BylineStarts.Any(s => line.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return HeaderLineKind.Byline;
        }

        if (IsBody(line))
        {
            return HeaderLineKind.Body;
        }

        return HanText.Count(line) >= MinHeadlineHan || Words(line) >= MinHeadlineWords ? HeaderLineKind.Headline : HeaderLineKind.Fragment;
    }

    /// <summary>A date with a time, a stamp word or little else: 「2023-07-06 09:41:12　来源：人民日报」, "Wednesday, Jan 14, 2026".</summary>
    public static bool IsStamp(string line, HeaderWords words)
    {
        if (StampDate.Find(line) is not { } found)
        {
            return false;
        }

        if (found.HasTime || line.AsSpan().ContainsAny(words.Stamp)
            || (found.Date.Precision == DatePrecision.Day && IsDatedByline(line, found.Start, found.Start + found.Length, words)))
        {
            return true;
        }

        // 「香港文匯報　2023年9月20日（星期三）　A12　中國新聞」「人民日报 2024年3月15日 星期五 第03版」: a print page's line, a day and
        // its weekday between the paper's name and the page, is the page's date.
        if (found.Date.Precision == DatePrecision.Day && WeekdayFollows(line.AsSpan(found.Start + found.Length), words))
        {
            return true;
        }

        // "News  /  Europe  /  Economy      Tuesday, January 26, 2021": a breadcrumb that ends with the page's day.
        var rest = line.Remove(found.Start, found.Length);
        // 「2024年11月江苏省外贸进出口情况」: a month or year glued to a phrase is a release's title naming its period; a stamp
        // beside a month says no more than a paper's name.
        return (found.Date.Precision == DatePrecision.Day ? LittleElse(rest) : HanText.Count(rest) <= MaxPeriodStampHan && LittleElse(rest))
            || (found.Date.Precision == DatePrecision.Day && IsNavigation(string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)), words))
            || (found.Date.Precision == DatePrecision.Day && NamedDay(line[..found.Start], line[(found.Start + found.Length)..]))
            || (found.Date.Precision is DatePrecision.Month or DatePrecision.Day && SeparatedName(line[..found.Start], line[(found.Start + found.Length)..], words));
    }

    // 「（星期三）」「 星期五」「周一」 right after a day (header-lines.json stamp_weekdays).
    private static bool WeekdayFollows(ReadOnlySpan<char> after, HeaderWords words)
    {
        after = after.TrimStart().TrimStart("（(").TrimStart();
        foreach (var weekday in words.Weekdays)
        {
            if (after.StartsWith(weekday, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Christoph Nedopil Wang | July 2022", "… | July 26, 2021": a research brief's byline gives its month or day, set off from
    // the author's name by a breadcrumb's separator; a headline's month ("Trains to run from July 2026") is not set off so.
    private static bool SeparatedName(string before, string after, HeaderWords words)
    {
        var name = before.TrimEnd();
        foreach (var separator in words.Separators)
        {
            var mark = separator.Trim();
            if (name.EndsWith(mark, StringComparison.Ordinal))
            {
                return NamedDay(name[..^mark.Length], after);
            }
        }

        return false;
    }

    // The most words a name before a page's day holds (an author, an agency, a site, a weekday).
    private const int MaxNameWords = 5;

    /// <summary>A line that holds only a name and the day at [start, start + length) after it ("Bloomberg Adria, 11.08.2023").</summary>
    public static bool IsNamedDay(string line, int start, int length) => NamedDay(line[..start], line[(start + length)..]);

    // "Maria L. Santos , Monday 11 Mar 2024", "Newswire-Central Daily 2023.09.21.": a day ending a line of a few capitalised words
    // (an author's or agency's name, a weekday) is the page's stamp, as a dated byline is; a headline says more, in
    // words of its own ("Ports to open on 1 July 2026"), and a title's day in brackets is its transcript's.
    private static bool NamedDay(string before, string after)
    {
        if (after.Any(char.IsLetterOrDigit) || before.AsSpan().IndexOfAny("()（）[]") >= 0)
        {
            return false;
        }

        var names = before.Split([' ', ',', '，'], StringSplitOptions.RemoveEmptyEntries);
        return names.Length is > 0 and <= MaxNameWords && names.All(w => char.IsAsciiLetterUpper(w[0]));
    }

    // "By Staff Reporter - December 18, 2020": a name between the byline word and the day, little after it. "By Dec. 31,
    // 2030, the line will carry …" opens a sentence with a deadline, not a stamp.
    private static bool IsDatedByline(string line, int dateStart, int dateEnd, HeaderWords words)
    {
        return words.DatedBylines.Any(b => line.StartsWith(b, StringComparison.Ordinal) && dateStart > b.Length + 1)
            && LittleElse(line[dateEnd..]);
    }

    // What a stamp holds beside its date: a few words at most (a source's name, 「来源」), never a sentence.
    private static bool LittleElse(string rest) => HanText.Count(rest) + rest.Count(char.IsAsciiLetter) <= MaxStampRemainder;

    /// <summary>"Download full report (PDF) | Financial Statements | Previous reports": links shaped as a breadcrumb that offer
    /// a download (header-lines.json link_bar_words, matched as written) — the bar under a headline, not the path above it.</summary>
    public static bool IsLinkBar(string line, HeaderWords words) => IsNavigation(line, words) && line.AsSpan().ContainsAny(words.LinkBar);

    /// <summary>Whether the line is shaped as a breadcrumb, whatever else it is ("ECONOMY | 02-06-2023 17:48").</summary>
    public static bool IsBreadcrumb(string line, HeaderWords words) => IsNavigation(line, words);

    // 「首页 > 时政 > 正文」, "ekathimerini.com | Economy | Shipping": two or more short parts between separators.
    private static bool IsNavigation(string line, HeaderWords words)
    {
        foreach (var separator in words.Separators)
        {
            if (!line.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts.All(p => p.Length <= words.MaxNavigationPart && p[^1] is not ('。' or '！' or '？')))
            {
                return true;
            }
        }

        return false;
    }

    // A dateline, a numbered paragraph, a line broken off inside a sentence, or a sentence of the body. The length and
    // the stops are asked first: a line of the body, often a whole paragraph, is then not searched by the patterns.
    private static bool IsBody(string line) =>
        line.Length > MaxHeadline || line.AsSpan().IndexOfAny("。；") >= 0
        || DocumentHeader.IsBodyText(line) || Dateline.Opens(line)
        || line.AsSpan().TrimEnd().IndexOfAny("！？") is var stop and >= 0 && stop < line.TrimEnd().Length - 1 && line.Length > MaxHeadline / 2
        || (line.EndsWith('.') && Words(line) > 12);

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsAsciiLetter));
}
