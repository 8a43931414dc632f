using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// 2023年6月底, 截至2022年底, 2013年以来, 2013年—2022年, 6月底, 10年来, 连续7年, 10周年, 两千多年前, 6个月, and the
/// written forms (<see cref="WrittenDateResolver"/>). A year-like numeral before 年 is a calendar year; any other
/// count before 年 is a length of time.
/// </summary>
internal sealed class CalendarDateResolver(ScanText text, ScanState state, DateParts parts, WrittenDateResolver written)
{
    // Above this, 「YYYY年前」 is "before YYYY"; at or below it, a count of years ago.
    private const int FirstDeadlineYear = 2000;

    private readonly CultureTables tables = text.Tables;

    /// <summary>A month's name alone made a date by the words around it (<see cref="WrittenDateResolver.NamedMonth"/>).</summary>
    public MentionDraft NamedMonth(PrefixSet prefixes, int monthEnd) => written.NamedMonth(prefixes, monthEnd);

    // After 日, what makes a count of days, not a day of the month: 「30日内」「15日后」「7日均」「3日以上」.
    private const string NotADay = "内內后後前以均间間左";

    // "In 2021, 2022 and 2023, the trains made …": four digits listed right after a year ("In 2021") are years too, when
    // "and" joins them to it or another four digits follow them in the list (", 2022 and"); "In 2023, 2,345 trains" is no list.
    private bool ListedYear(Numeral numeral)
    {
        if (state.LastYearEnd < 0 || numeral.End - numeral.Start != 4 || !numeral.IsYearLike || !numeral.Has(NumeralFlags.Arabic))
        {
            return false;
        }

        var before = text.Text.AsSpan(state.LastYearEnd, numeral.Start - state.LastYearEnd);
        if (before is " and " or ", and ")
        {
            return true;
        }

        if (before is not ", ")
        {
            return false;
        }

        var after = text.Text.AsSpan(numeral.End, Math.Min(11, text.Length - numeral.End));
        var joint = after.StartsWith(", and ") ? 6 : after.StartsWith(" and ") ? 5 : after.StartsWith(", ") ? 2 : 0;
        return joint > 0 && after.Length >= joint + 4 && !after.Slice(joint, 4).ContainsAnyExceptInRange('0', '9')
            && (after.Length == joint + 4 || !char.IsAsciiDigit(after[joint + 4]));
    }

    /// <summary>A span of days ("25-27 April", "June 29 to July 2"), which a range of numbers must not take first.</summary>
    public bool TryDayRange(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft) =>
        written.DayRange(prefixes, numeral, given, out draft);

    /// <summary>The date or length of time the numeral starts, if any; <paramref name="draft"/> is then its mention.</summary>
    public bool TryDate(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        var k = text.SkipInline(numeral.End);
        var trailingMore = false;
        var length = tables.Suffixes.Match(text.Text, k, out var word);
        if (word?.Role == WordRole.Qualifier && word.Qualifier == MentionQualifier.MoreThan)
        {
            var k2 = text.SkipInline(k + length);
            var length2 = tables.Suffixes.Match(text.Text, k2, out var word2);
            if (word2?.Role is WordRole.Year or WordRole.Since or WordRole.Ago or WordRole.Months or WordRole.Anniversary)
            {
                trailingMore = true;
                k = k2;
                length = length2;
                word = word2;
            }
        }

        if (written.IsoDate(prefixes, numeral, draft, out draft) || written.DayFirst(prefixes, numeral, draft, out draft))
        {
            return true;
        }

        if (prefixes.MonthStart >= 0 || (numeral.IsYearLike && prefixes.TimeStart >= 0 && length == 0))
        {
            return written.WordDate(prefixes, numeral, draft, out draft);
        }

        if (length == 0 && ListedYear(numeral))
        {
            state.LastYear = (int)numeral.Value!.Value;
            draft = DateParts.FinishDate(prefixes, draft, DatePoint.OfYear(state.LastYear), null, numeral.End, TimeRole.Point);
            return true;
        }

        if (length == 0 || word is null)
        {
            return false;
        }

        if (numeral.IsYearLike && !trailingMore && word.Role is not WordRole.Year
            && tables.Suffixes.MatchWhere(text.Text, k, w => w.Role == WordRole.Year, out _) is var yearLength and > 0
            && parts.CalendarTail(0, text.SkipInline(k + yearLength), out _, out _))
        {
            // 2024年前三季度: 年前 reads as "years ago" unless a period of the year follows 年.
            return CalendarDate(prefixes, numeral, draft, out draft, k + yearLength);
        }

        if (word.Role is WordRole.Year && numeral.IsYearLike && !trailingMore)
        {
            return CalendarDate(prefixes, numeral, draft, out draft, k + length);
        }

        if (word.Role is WordRole.Since && numeral.IsYearLike && !trailingMore)
        {
            // 2013年以来
            state.LastYear = (int)numeral.Value!.Value;
            draft = DateParts.FinishDate(prefixes, draft, DatePoint.OfYear(state.LastYear), null, k + length, TimeRole.Since);
            return true;
        }

        if (word.Role == WordRole.Day && text.Text[k] == '日' && !trailingMore && state.ReferenceDate is { } today && numeral.IsSmallInteger(31) && numeral.Value >= 1
            && !numeral.Has(NumeralFlags.Scaled | NumeralFlags.Approx) && (k + length >= text.Text.Length || !NotADay.Contains(text.Text[k + length])))
        {
            // 「国铁集团28日宣布」「海关总署14日发布」: a day of the month with no month, as Chinese news dates what it
            // reports, is the latest such day not after the document's date (「30日内」 is a length of time).
            var day = (int)numeral.Value!.Value;
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(day > today.Day ? -1 : 0);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                draft = DateParts.FinishDate(prefixes, draft, DatePoint.OfDay(month.Year, month.Month, day), null, k + length, TimeRole.Point);
                return true;
            }
        }

        // 十月, 十二月 (a month written in Chinese numerals, as Hong Kong and Macao papers write them: 單計十二月) are scaled by
        // 十 and are months all the same; a bigger scaled numeral is none.
        if (word.Role == WordRole.Month && numeral.IsSmallInteger(12) && numeral.Value >= 1 && !trailingMore && !numeral.Has(NumeralFlags.Approx))
        {
            // 「截至6月2日」 states the latest such day, in the document's year or the one before, whatever year an earlier
            // date named (「自2021年12月3日开通以来，截至6月2日」 in a 2022 report is 2022's); other months take that year.
            var year = prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.AsOf && state.ReferenceDate is not null
                ? state.LatestYearOf((int)numeral.Value!.Value)
                : state.YearOfBareMonth((int)numeral.Value!.Value);
            var point = parts.MonthAndDay(year, numeral, k, out var end);
            // 「自2021年12月3日开通运营至7月31日」: the end of a span (至, 到) with no year comes after its start, the date stated
            // last in its sentence, so it is in the year after the start's when the start's year would put it before the start.
            if (prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.Target && state.LastPoint is { } start && start.Year == year && Before(point, start)
                && state.LastPointEnd <= prefixes.TimeStart && text.SentenceStart(prefixes.TimeStart, prefixes.TimeStart - state.LastPointEnd) <= state.LastPointEnd)
            {
                point = parts.MonthAndDay(year + 1, numeral, k, out end);
            }
            // 「4月25日至27日」「1月至10月」 with no year: the span between the days or months, as after a year.
            if ((point.Day is not null && parts.DayRangeEnd(year, point, end, out var last, out var lastEnd))
                || parts.MonthRangeEnd(year, point, end, out last, out lastEnd))
            {
                draft = DateParts.FinishDate(prefixes, draft, point, last, lastEnd, TimeRole.Span);
                return true;
            }

            draft = DateParts.FinishDate(prefixes, draft, point, null, end, TimeRole.Point);
            return true;
        }

        if (word.Role is WordRole.Ago && numeral.IsYearLike && numeral.Has(NumeralFlags.Arabic) && numeral.Value > FirstDeadlineYear && !trailingMore
            && (state.ReferenceYear == 0 || numeral.Value >= state.ReferenceYear))
        {
            // 「在2030年前」: before a coming calendar year, a deadline (2000年前 stays "2000 years ago").
            state.LastYear = (int)numeral.Value!.Value;
            draft = DateParts.FinishDate(prefixes, draft, DatePoint.OfYear(state.LastYear), null, k + length, TimeRole.Target);
            return true;
        }

        if (word.Role is WordRole.Year or WordRole.Since or WordRole.Ago or WordRole.Months or WordRole.Anniversary
            && numeral.Value is { } count && count >= 0 && !numeral.IsYearLike)
        {
            var years = word.Role == WordRole.Months ? count / 12 : count;
            var role = word.Role == WordRole.Since ? TimeRole.Since : TimeRole.Duration;
            var reference = state.ReferenceYear;
            var from = reference > 0 && years == decimal.Truncate(years) ? DatePoint.OfYear(reference - (int)years) : default;
            draft = draft with { Kind = MentionKind.DatePeriod, Qualifier = trailingMore ? MentionQualifier.MoreThan : draft.Qualifier, End = k + length, Time = new TimeExpression(role, from, null) { Years = years } };
            if (prefixes.TimeStart >= 0)
            {
                draft = draft with { Start = prefixes.TimeStart };
            }

            draft = QualifierResolver.ApplyPrefix(prefixes, draft);
            return true;
        }

        return false;
    }

    private bool CalendarDate(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft, int afterYear)
    {
        draft = given;
        var year = (int)numeral.Value!.Value;
        state.LastYear = year;
        var point = DatePoint.OfYear(year);
        var end = afterYear;
        var endLength = tables.Suffixes.Match(text.Text, end, out var endWord);
        // 2023年年底, 二○二三年年底: the year's end written with its 年 twice, read as 2023年底 is.
        if (endWord?.Role == WordRole.Year && tables.Suffixes.Match(text.Text, end + endLength, out var yearEnd) is var yearEndLength and > 0 && yearEnd?.Role == WordRole.MonthEnd)
        {
            (endWord, endLength) = (yearEnd, endLength + yearEndLength);
        }

        if (endWord?.Role == WordRole.MonthEnd)
        {
            point = DatePoint.EndOfMonth(year, 12);
            end += endLength;
        }
        else if (parts.CalendarTail(year, text.SkipInline(end), out var tail, out var tailEnd))
        {
            // 2023年上半年, 2024年前三季度, 2023年1—9月: a period inside the year is a span by itself.
            if (tail.To is { } tailTo)
            {
                draft = DateParts.FinishDate(prefixes, draft, tail.From, tailTo, tailEnd, TimeRole.Span);
                return true;
            }

            point = tail.From;
            end = tailEnd;
        }

        // 2013年—2022年 / 2013年至2022年
        var j = text.SkipInline(end);
        var joiner = tables.RangeJoiners.Match(text.Text, j, out _);
        if (joiner > 0 && text.TryNumeral(text.SkipInline(j + joiner), false, out var toYear) && toYear.IsYearLike
            && toYear.Value >= year)
        {
            var yk = text.SkipInline(toYear.End);
            if (tables.Suffixes.Match(text.Text, yk, out var yw) is var yl and > 0 && yw?.Role == WordRole.Year)
            {
                var to = DatePoint.OfYear((int)toYear.Value!.Value);
                var toEnd = yk + yl;
                var mm = text.SkipInline(toEnd);
                if (text.TryNumeral(mm, false, out var toMonth) && toMonth.IsSmallInteger(12) && toMonth.Value >= 1)
                {
                    var mk = text.SkipInline(toMonth.End);
                    if (tables.Suffixes.Match(text.Text, mk, out var mw) > 0 && mw?.Role == WordRole.Month)
                    {
                        to = parts.MonthAndDay(to.Year, toMonth, mk, out toEnd);
                    }
                }

                state.LastYear = to.Year;
                draft = DateParts.FinishDate(prefixes, draft, point, to, toEnd, TimeRole.Span);
                return true;
            }
        }

        var since = text.SkipInline(end);
        if (tables.Suffixes.Match(text.Text, since, out var sinceWord) is var sl and > 0 && sinceWord?.Role == WordRole.Since)
        {
            draft = DateParts.FinishDate(prefixes, draft, point, null, since + sl, TimeRole.Since);
            return true;
        }

        draft = DateParts.FinishDate(prefixes, draft, point, null, end, TimeRole.Point);

        return true;
    }

    // Whether a month (and day) falls before another point of the same year, judged on what the end states: a month with
    // no day (「至9月」「到9月底」 after 「9月15日」) is before only an earlier month.
    private static bool Before(DatePoint point, DatePoint start) =>
        point.Day is null || start.Day is null
            ? (point.Month ?? 12) < (start.Month ?? 1)
            : (point.Month ?? 1, point.Day.Value).CompareTo((start.Month ?? 1, start.Day.Value)) < 0;
}
