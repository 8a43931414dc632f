using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// A document's own date (MEANING.md 2.1, rule 5): the day its dateline names (「新华社昆明3月14日电」, "BEIJING, May 20
/// (Xinhua) --"), its year — and a Taiwanese dateline's month (「台北29日電」) — from the publication date (a sidecar, the
/// page's head, its stamp 「发布时间：…」, a print edition's line 「《人民日报》（2024年03月15日 03 版）」): the latest such day on or
/// before it; without a publication date, the year of the latest date or period the text states that ends on or before
/// that day. Without a dateline, the publication date; then a report's opening day (「2025年1月8日，记者从…获悉」) or the
/// day of the event the opening paragraph reports. A mirror's scrape time never outranks the dateline it copied.
/// </summary>
internal static partial class DocumentDate
{
    public static PeriodPoint? Of(string text, PeriodPoint? published, HeaderWords words)
    {
        published ??= Stamped(text, words) ?? YearlessStamp(text) ?? Credited(text);
        if (Dateline.Find(text) is { } dateline && Dated(dateline, published, text) is { } day)
        {
            return day;
        }

        if (published is { } page && SpokenOn(text, page, words) is { } spoken)
        {
            return spoken;
        }

        return published ?? TitleDay(text, words) ?? DocumentHeader.ReportDate(text) ?? DocumentHeader.EventDate(text);
    }

    /// <summary>
    /// A title that ends with the day of what it records, in brackets or after "on" (`title_day_openers`): a press
    /// conference's or briefing's transcript, "MOFCOM Regular Press Conference (October 17, 2024)",
    /// 「商务部召开例行新闻发布会（2024年10月17日）」, "… Regular Press Conference on October 17, 2024". Its "last year" and
    /// "the first three quarters" are that day's.
    /// </summary>
    private static PeriodPoint? TitleDay(string text, HeaderWords words)
    {
        var title = DocumentHeader.Title(text, "").TrimEnd(' ', ')', '）', '.');
        foreach (var opener in words.TitleDayOpeners)
        {
            var at = title.LastIndexOf(opener, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && StampDate.Find(title[(at + opener.Length)..]) is { Date.Precision: DatePrecision.Day } found
                && found.Start + found.Length == title.Length - at - opener.Length)
            {
                return found.Date;
            }
        }

        return null;
    }

    // How long before the page's publication a speech's date line may be (a transcript goes up days later).
    private const int MaxSpeechLeadDays = 31;

    /// <summary>
    /// A speech or address posted on a page: under its title, a line holding only the day and the place it was given
    /// (「2019年5月8日，达卡」, "Dhaka, 8 May 2019"), before the page's own stamp date. The figures its speaker calls
    /// current (截至目前, so far) are the speech day's; the page's stamp is when it was posted.
    /// </summary>
    private static PeriodPoint? SpokenOn(string text, PeriodPoint published, HeaderWords words)
    {
        var last = published.LastDay;
        foreach (var line in DocumentHeader.OpeningLines(text))
        {
            if (StampDate.Find(line) is not { Date.Precision: DatePrecision.Day, HasTime: false } found || line.AsSpan().ContainsAny(words.Stamp))
            {
                continue;
            }

            var place = line.Remove(found.Start, found.Length).Trim(" ,，、　".ToCharArray());
            var day = found.Date.FirstDay;
            if (place.Length > 0 && place.All(c => char.IsLetter(c) || c == ' ') && HeaderLine.IsStamp(line, words)
                && day < last && day.AddDays(MaxSpeechLeadDays) >= last)
            {
                return found.Date;
            }
        }

        return null;
    }

    private static PeriodPoint? Dated(Dateline dateline, PeriodPoint? published, string text)
    {
        if (dateline.Year is { } year && dateline.Month is { } month)
        {
            return Day(year, month, dateline.Day);
        }

        if (published is { } p)
        {
            return OnOrBefore(dateline, p);
        }

        return dateline.Month is { } m && StatedPeriods.LatestYearEndingBy(text, m, dateline.Day) is { } y ? Day(y, m, dateline.Day) : null;
    }

    // The latest day the dateline can name that is not after the publication date (a print edition comes out the next
    // morning; a page is copied years later): the same month or year first, then the one before.
    private static PeriodPoint? OnOrBefore(Dateline dateline, PeriodPoint published)
    {
        var last = published.LastDay;
        for (var back = 0; back <= 1; back++)
        {
            var (year, month) = dateline.Month is { } m
                ? (published.Year - back, m)
                : published.Precision == DatePrecision.Year ? (0, 0) : Month(published.Year, published.Month - back);
            if (year > 0 && Day(year, month, dateline.Day) is { } day && day.FirstDay <= last)
            {
                return day;
            }
        }

        return null;
    }

    private static (int Year, int Month) Month(int year, int month) => month >= 1 ? (year, month) : (year - 1, 12);

    private static PeriodPoint? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? PeriodPoint.OfDay(year, month, day) : null;

    /// <summary>
    /// A page's stamp that writes the day and the time but no year ("Sep 14, 12:00 AM  Last update on: Sep 14, 01:32 AM",
    /// "Updated 14 Sep, 09:30"): as for a dateline without a year (MEANING.md 2.1, rule 5), the year of the latest
    /// date or period the text states that ends on or before that day; none where the text states none.
    /// </summary>
    private static PeriodPoint? YearlessStamp(string text)
    {
        foreach (var line in DocumentHeader.OpeningLines(text))
        {
            var found = YearlessDay().Match(line);
            if (!found.Success)
            {
                continue;
            }

            var month = EnglishMonths.Number(found.Groups["mon"].Value);
            var day = int.Parse(found.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return StatedPeriods.LatestYearEndingBy(text, month, day) is { } year ? Day(year, month, day) : null;
        }

        return null;
    }

    // A month and day (either order) right before a time of day, after at most a short label ("Updated:").
    [GeneratedRegex(@"^(?:[A-Za-z]+:?,?\s+){0,2}(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>[0-9]{1,2})|(?<d>[0-9]{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s*,?\s*[0-2]?[0-9]:[0-5][0-9](?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex YearlessDay();

    /// <summary>
    /// An aggregator's credit of the article it retold, a line of its own in brackets: the source's name and the day
    /// ("(Bloomberg Adria, 11.08.2023)", "(Xinhua, March 3, 2024)", 「（新华社，2024年3月3日）」), wherever page chrome after it
    /// pushed it from the closing lines. The retold article's "in the first seven months" and "currently" are that day's.
    /// </summary>
    private static PeriodPoint? Credited(string text)
    {
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length is < 8 or > MaxCreditLength || line[0] is not ('(' or '（') || line[^1] is not (')' or '）'))
            {
                continue;
            }

            var inner = line[1..^1].ToString();
            if (StampDate.Find(inner) is { Date.Precision: DatePrecision.Day } found && HeaderLine.IsNamedDay(inner, found.Start, found.Length))
            {
                return found.Date;
            }
        }

        return null;
    }

    // A credit line is short: a name and a day.
    private const int MaxCreditLength = 60;

    /// <summary>The page's stamp or a print edition's line among the opening and closing lines.</summary>
    private static PeriodPoint? Stamped(string text, HeaderWords words)
    {
        foreach (var line in DocumentHeader.OpeningLines(text).Concat(DocumentHeader.ClosingLines(text)))
        {
            if (HeaderLine.IsStamp(line, words) && StampDate.Find(line) is { } found)
            {
                return found.Date;
            }
        }

        return null;
    }
}
