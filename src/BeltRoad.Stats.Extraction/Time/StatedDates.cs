using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>Which recognised dates state a time, and which are the base of a comparison.</summary>
internal static class StatedDates
{
    /// <summary>A span of days (4月25日至27日, "from June 29 to July 2"): the days an event is held.</summary>
    public static bool IsDaysSpan(Period period) =>
        period.From.Precision == DatePrecision.Day && period.To is { Precision: DatePrecision.Day } to && to != period.From;

    // A date counts when the text states it: a calendar year, an as-of day or month (截至6月底), or a calendar
    // period relative to the document's date (今年上半年, last year). A count of years (未来5年, 近十年) is a
    // stretch of time, not a date.
    public static bool States(Mention date, TimeExpression time) =>
        time.Role is TimeRole.Point or TimeRole.AsOf or TimeRole.Span or TimeRole.Target
        && time.From.IsResolved
        && (HasYearDigits(date.Text) || time.Role == TimeRole.AsOf || !CountsYears(date.Text));

    // How many Han characters may name a base between 较 / 比 and 的 before its date (「倡议提出」), and how far after
    // 「是2013年的」 its multiple may end (「3.6倍」).
    private const int MaxBaseModifier = 8;
    private const int MaxMultipleFigure = 12;

    // Where the clause a position stands in ends.
    private static int ClauseEnd(string text, int from)
    {
        var stop = text.AsSpan(from).IndexOfAny("，。；,;\n");
        return stop < 0 ? text.Length : from + stop;
    }

    // The characters of a Han numeral before a multiple (三点六倍, 十倍): the digits a year is written with, and more.
    private const string HanNumerals = HanYearDigits + "两十百千万点";

    /// <summary>
    /// 「较2013年」「2013年相比」 "than in 2013": the date is the base of a comparison, not the figure's time. A change noun
    /// and 'on' (time-words.json baseline_periods) makes a base only of a <paramref name="period"/> that is no single day
    /// ('an 8.5 percent increase on January-June 2023'; 'a 3 percent gain on March 5, 2024' is the gain's day).
    /// </summary>
    public static bool IsBaseline(string text, int start, int end, Period period, TimeWords words)
    {
        if (text.AsSpan(end).TrimStart().StartsWith("相比"))
        {
            return true;
        }

        // The baseline word may stand just before the date or be part of it ("from 2013" recognised as one).
        var before = text.AsSpan(Math.Max(0, start - 14), Math.Min(14, start));
        if (words.Baseline.Before(words.Baseline.All.EndOf(before), IsPeriod(period)))
        {
            return true;
        }

        // 「较倡议提出的2013年增长约80%」「比疫情前的2019年」: a few Han words ending with 的 may name the base between the
        // comparison's word and its date.
        var lead = text.AsSpan(0, start).TrimEnd();
        // Only where a predicate of comparison follows the date in its clause (增长, 提高 …: time-words.json
        // baseline_predicates): 「增速较快的2023年，…」「占比最高的2022年，…」 hold a 较 and a 比 that compare nothing.
        if (lead.EndsWith("的") && words.BaselinePredicates.Any(text, end, ClauseEnd(text, end)))
        {
            for (var k = lead.Length - 1; k > 0 && lead.Length - k <= MaxBaseModifier && HanText.Is(lead[k - 1]); k--)
            {
                if (words.Baseline.Before(words.Baseline.All.EndOf(lead[..(k - 1)]), period: false))
                {
                    return true;
                }
            }
        }

        // 「是2013年的3.6倍」「為二○一三年的3.6倍」: the year a multiple is taken of is its base (time-words.json multiple_base, multiples).
        // A numeral right after 的, a multiple right after it (「于是2013年的货运量增长了2倍」 takes no base).
        var rest = text.AsSpan(end).TrimStart();
        if (words.MultipleBase.EndOf(lead) is not null && rest.StartsWith("的"))
        {
            var from = text.Length - rest.Length + 1;
            var to = Math.Min(text.Length, from + MaxMultipleFigure);
            var after = from;
            while (after < to && (char.IsAsciiDigit(text[after]) || text[after] is '.' || HanNumerals.Contains(text[after])))
            {
                after++;
            }

            if (after > from && words.Multiples.At(text, after, text.Length) is not null)
            {
                return true;
            }
        }

        var own = text.AsSpan(start, end - start);
        var isPeriod = IsPeriod(period);
        foreach (var word in words.Baseline.All.Words)
        {
            if (words.Baseline.Before(word, isPeriod) && own.StartsWith(word, StringComparison.OrdinalIgnoreCase) && own.Length > word.Length && !char.IsAsciiLetter(own[word.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // A year, a half, a quarter, a month or a span: no single day (a weekday names one too).
    private static bool IsPeriod(Period period) => period.IsSpan || period.From.Precision != DatePrecision.Day;

    /// <summary>
    /// 「新华社北京5月20日电」 "BEIJING, May 20 (Xinhua) --": a dateline's day is the document's date (DocumentHeader),
    /// which dates figures only through the words that mean it (目前, so far), never as a date the sentence states.
    /// </summary>
    public static bool IsDateline(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(48, text.Length - end)).TrimStart();
        if (after.Length > 0 && after[0] is '电' or '電')
        {
            return true;
        }

        // "May 20 (Xinhua) --", "Feb. 20, 2025 (Xinhua) --", "Nov. 6 --"; a full-width bracket alike ("May 20 （Xinhua） --").
        after = after[Asides.Skip(after, 0, after.Length, after.Length)..].TrimStart();

        return after.StartsWith("--") || after.StartsWith("—") || after.StartsWith("–");
    }

    /// <summary>
    /// 「比去年同期增长5%」「上年同期」「去年同月」 "from the same month last year", "in the same period of 2023": the year before names the comparison's
    /// period in that year, which a year-on-year rate holds against — it is neither the figure's date nor a baseline of a span.
    /// </summary>
    public static bool IsSamePeriodEarlier(string text, int start, int end, TimeExpression time, TimeWords words)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        // "in the same period of 2023": the recognizer reads the words with the year they name and marks the date so.
        return time.SamePeriod
            || (next < text.Length && words.SamePeriodAfter.At(text, next, next + words.SamePeriodAfter.Longest) is not null)
            || words.SamePeriodBefore.EndOf(Reach(text.AsSpan(0, start).TrimEnd(), words.SamePeriodBefore)) is not null;
    }

    // The end of `before` that the longest of `list`'s words can fill, and one character more: EndOf then sees whether the
    // word stands whole ("the corresponding period of" is the longest; the blanks before the date are trimmed first).
    private static ReadOnlySpan<char> Reach(ReadOnlySpan<char> before, WordList list) =>
        before[Math.Max(0, before.Length - list.Longest - 1)..];

    private static bool CountsYears(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '年' && (char.IsDigit(text[i - 1]) || "一二两三四五六七八九十几数".Contains(text[i - 1])))
            {
                return true;
            }
        }

        return text.Contains("years", StringComparison.OrdinalIgnoreCase) || text.Contains("decade", StringComparison.OrdinalIgnoreCase);
    }

    private const string HanYearDigits = Text.YearColumns.HanYearDigits;

    /// <summary>Whether the text writes a calendar year's four digits, Arabic (2024) or Han digit by digit (二〇二四).</summary>
    public static bool HasYearDigits(string text) => HasYearDigits(text.AsSpan());

    /// <summary>Whether the text writes a calendar year's four digits (a span of a longer text).</summary>
    public static bool HasYearDigits(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) || HanYearDigits.Contains(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }
}
