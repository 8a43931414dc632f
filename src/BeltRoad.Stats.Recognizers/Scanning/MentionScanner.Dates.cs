using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    /// <summary>
    /// 2023年6月底, 截至2022年底, 2013年以来, 2013年—2022年, 6月底, 10年来, 连续7年, 10周年, 两千多年前, 6个月.
    /// A year-like numeral before 年 is a calendar year; any other count before 年 is a length of time.
    /// </summary>
    private bool TryDate(PrefixSet prefixes, Numeral numeral, MentionDraft draft)
    {
        var k = CjkNumeralParser.SkipInline(text, numeral.End);
        var trailingMore = false;
        var length = tables.Suffixes.Match(text, k, out var word);
        if (word?.Role == WordRole.Qualifier && word.Qualifier == MentionQualifier.MoreThan)
        {
            var k2 = CjkNumeralParser.SkipInline(text, k + length);
            var length2 = tables.Suffixes.Match(text, k2, out var word2);
            if (word2?.Role is WordRole.Year or WordRole.Since or WordRole.Ago or WordRole.Months or WordRole.Anniversary)
            {
                trailingMore = true;
                k = k2;
                length = length2;
                word = word2;
            }
        }

        if (IsoDate(prefixes, numeral, draft))
        {
            return true;
        }

        if (prefixes.MonthStart >= 0 || (numeral.IsYearLike && prefixes.TimeStart >= 0 && length == 0))
        {
            return WordDate(prefixes, numeral, draft);
        }

        if (length == 0 || word is null)
        {
            return false;
        }

        if (numeral.IsYearLike && !trailingMore && word.Role is not WordRole.Year
            && tables.Suffixes.MatchWhere(text, k, w => w.Role == WordRole.Year, out _) is var yearLength and > 0
            && CalendarTail(0, CjkNumeralParser.SkipInline(text, k + yearLength), out _, out _))
        {
            // 2024年前三季度: 年前 reads as "years ago" unless a period of the year follows 年.
            return CalendarDate(prefixes, numeral, draft, k + yearLength);
        }

        if (word.Role is WordRole.Year && numeral.IsYearLike && !trailingMore)
        {
            return CalendarDate(prefixes, numeral, draft, k + length);
        }

        if (word.Role is WordRole.Since && numeral.IsYearLike && !trailingMore)
        {
            // 2013年以来
            lastYear = (int)numeral.Value!.Value;
            return FinishDate(prefixes, draft, DatePoint.OfYear(lastYear), null, k + length, TimeRole.Since);
        }

        if (word.Role == WordRole.Month && numeral.IsSmallInteger(12) && numeral.Value >= 1 && !trailingMore && !numeral.Has(NumeralFlags.Scaled | NumeralFlags.Approx))
        {
            var point = MonthAndDay(lastYear, numeral, k + length, out var end);
            return FinishDate(prefixes, draft, point, null, end, TimeRole.Point);
        }

        if (word.Role is WordRole.Year or WordRole.Since or WordRole.Ago or WordRole.Months or WordRole.Anniversary
            && numeral.Value is { } count && count >= 0 && !numeral.IsYearLike)
        {
            var years = word.Role == WordRole.Months ? count / 12 : count;
            var role = word.Role == WordRole.Since ? TimeRole.Since : TimeRole.Duration;
            var reference = options.ReferenceDate?.Year ?? 0;
            var from = reference > 0 && years == decimal.Truncate(years) ? DatePoint.OfYear(reference - (int)years) : default;
            draft.Kind = MentionKind.DatePeriod;
            draft.Qualifier = trailingMore ? MentionQualifier.MoreThan : draft.Qualifier;
            draft.End = k + length;
            draft.Time = new TimeExpression(role, from, null) { Years = years };
            if (prefixes.TimeStart >= 0)
            {
                draft.Start = prefixes.TimeStart;
            }

            ApplyQualifierPrefix(prefixes, draft);
            return true;
        }

        return false;
    }

    private bool CalendarDate(PrefixSet prefixes, Numeral numeral, MentionDraft draft, int afterYear)
    {
        var year = (int)numeral.Value!.Value;
        lastYear = year;
        var point = DatePoint.OfYear(year);
        var end = afterYear;
        var endLength = tables.Suffixes.Match(text, end, out var endWord);
        if (endWord?.Role == WordRole.MonthEnd)
        {
            point = DatePoint.EndOfMonth(year, 12);
            end += endLength;
        }
        else if (CalendarTail(year, CjkNumeralParser.SkipInline(text, end), out var tail, out var tailEnd))
        {
            // 2023年上半年, 2024年前三季度, 2023年1—9月: a period inside the year is a span by itself.
            if (tail.To is { } tailTo)
            {
                return FinishDate(prefixes, draft, tail.From, tailTo, tailEnd, TimeRole.Span);
            }

            point = tail.From;
            end = tailEnd;
        }

        // 2013年—2022年 / 2013年至2022年
        var j = CjkNumeralParser.SkipInline(text, end);
        var joiner = tables.RangeJoiners.Match(text, j, out _);
        if (joiner > 0 && TryNumeral(CjkNumeralParser.SkipInline(text, j + joiner), false, out var toYear) && toYear.IsYearLike
            && toYear.Value >= year)
        {
            var yk = CjkNumeralParser.SkipInline(text, toYear.End);
            if (tables.Suffixes.Match(text, yk, out var yw) is var yl and > 0 && yw?.Role == WordRole.Year)
            {
                var to = DatePoint.OfYear((int)toYear.Value!.Value);
                var toEnd = yk + yl;
                var mm = CjkNumeralParser.SkipInline(text, toEnd);
                if (TryNumeral(mm, false, out var toMonth) && toMonth.IsSmallInteger(12) && toMonth.Value >= 1)
                {
                    var mk = CjkNumeralParser.SkipInline(text, toMonth.End);
                    if (tables.Suffixes.Match(text, mk, out var mw) > 0 && mw?.Role == WordRole.Month)
                    {
                        to = MonthAndDay(to.Year, toMonth, mk, out toEnd);
                    }
                }

                lastYear = to.Year;
                return FinishDate(prefixes, draft, point, to, toEnd, TimeRole.Span);
            }
        }

        var since = CjkNumeralParser.SkipInline(text, end);
        if (tables.Suffixes.Match(text, since, out var sinceWord) is var sl and > 0 && sinceWord?.Role == WordRole.Since)
        {
            return FinishDate(prefixes, draft, point, null, since + sl, TimeRole.Since);
        }

        return FinishDate(prefixes, draft, point, null, end, TimeRole.Point);
    }

    // After "M": 月, then 底/末 (month end) or D 日/号.
    private DatePoint MonthAndDay(int year, Numeral month, int monthWordAt, out int end)
    {
        var m = (int)month.Value!.Value;
        end = monthWordAt + tables.Suffixes.Match(text, monthWordAt, out _);
        var afterMonth = end;
        if (tables.Suffixes.Match(text, afterMonth, out var endWord) is var el and > 0 && endWord?.Role == WordRole.MonthEnd)
        {
            end = afterMonth + el;
            return DatePoint.EndOfMonth(year, m);
        }

        var d = CjkNumeralParser.SkipInline(text, afterMonth);
        if (TryNumeral(d, false, out var day) && day.IsSmallInteger(31) && day.Value >= 1)
        {
            var dk = CjkNumeralParser.SkipInline(text, day.End);
            if (tables.Suffixes.Match(text, dk, out var dayWord) is var dl and > 0 && dayWord?.Role == WordRole.Day)
            {
                end = dk + dl;
                var dayValue = (int)day.Value!.Value;
                if (year > 0 && dayValue > DateTime.DaysInMonth(year, m))
                {
                    dayValue = DateTime.DaysInMonth(year, m);
                }

                return DatePoint.OfDay(year, m, dayValue);
            }
        }

        return DatePoint.OfMonth(year, m);
    }

    private bool FinishDate(PrefixSet prefixes, MentionDraft draft, DatePoint from, DatePoint? to, int end, TimeRole natural)
    {
        var role = natural;
        if (prefixes.TimeStart >= 0 && prefixes.Time is TimeRole.AsOf or TimeRole.Target or TimeRole.Since or TimeRole.Point
            && natural == TimeRole.Point)
        {
            role = prefixes.Time;
            draft.Start = Math.Min(draft.Start, prefixes.TimeStart);
        }

        draft.Kind = MentionKind.DatePeriod;
        draft.Value = null;
        draft.End = end;
        draft.Time = new TimeExpression(role, from, to);
        return true;
    }

    private static void ApplyQualifierPrefix(PrefixSet prefixes, MentionDraft draft)
    {
        if (prefixes.QualifierStart >= 0 && prefixes.Qualifier != MentionQualifier.Exact)
        {
            draft.Qualifier = prefixes.Qualifier;
            draft.Start = Math.Min(draft.Start, prefixes.QualifierStart);
        }
    }
}
