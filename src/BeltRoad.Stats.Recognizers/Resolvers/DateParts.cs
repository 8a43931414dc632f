using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// The pieces dates are made of, shared by the date resolvers: a month and its day or end (6月30日, 6月底), what may
/// follow a year (上半年, 1—9月, 6月), a month range, and the finished date mention.
/// </summary>
internal sealed class DateParts(ScanText text)
{
    private readonly CultureTables tables = text.Tables;

    // After "M": 月, then 底/末 (month end) or D 日/号.
    public DatePoint MonthAndDay(int year, Numeral month, int monthWordAt, out int end)
    {
        var m = (int)month.Value!.Value;
        end = monthWordAt + tables.Suffixes.Match(text.Text, monthWordAt, out _);
        var afterMonth = end;
        if (tables.Suffixes.Match(text.Text, afterMonth, out var endWord) is var el and > 0 && endWord?.Role == WordRole.MonthEnd)
        {
            end = afterMonth + el;
            return DatePoint.EndOfMonth(year, m);
        }

        var d = text.SkipInline(afterMonth);
        if (text.TryNumeral(d, false, out var day) && day.IsSmallInteger(31) && day.Value >= 1)
        {
            var dk = text.SkipInline(day.End);
            if (tables.Suffixes.Match(text.Text, dk, out var dayWord) is var dl and > 0 && dayWord?.Role == WordRole.Day)
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

    /// <summary>The date mention ending at <paramref name="end"/>; a time prefix (截至, by) gives a point its role and span.</summary>
    public static MentionDraft FinishDate(PrefixSet prefixes, MentionDraft draft, DatePoint from, DatePoint? to, int end, TimeRole natural)
    {
        if (prefixes.EndedMonths > 0 && to is null && from is { Month: { } month } && from.IsResolved
            && (from.Day is not { } day || day == DateTime.DaysInMonth(from.Year, month)))
        {
            // "for the year ended 31 December 2023", "the six months ended 30 June 2024", "the financial year ended June
            // 2023", "in the year to June 2023": the months that end with that month, as annual and interim results and
            // fiscal-year reports state their period (a calendar year is the year).
            var first = new DateOnly(from.Year, month, 1).AddMonths(1 - prefixes.EndedMonths);
            var time = prefixes.EndedMonths == 12 && month == 12 ? TimeExpression.At(TimeRole.Point, DatePoint.OfYear(from.Year))
                : TimeExpression.Between(DatePoint.OfMonth(first.Year, first.Month), DatePoint.OfMonth(from.Year, month));
            return draft with { Kind = MentionKind.DatePeriod, Value = null, Start = Math.Min(draft.Start, prefixes.TimeStart), End = end, Time = time };
        }

        var role = natural;
        if (prefixes.TimeStart >= 0 && prefixes.Time is TimeRole.AsOf or TimeRole.Target or TimeRole.Since or TimeRole.Point
            && natural == TimeRole.Point)
        {
            role = prefixes.Time;
            draft = draft with { Start = Math.Min(draft.Start, prefixes.TimeStart) };
        }

        return draft with { Kind = MentionKind.DatePeriod, Value = null, End = end, Time = new TimeExpression(role, from, to) };
    }

    /// <summary>What may follow a year: a period label (上半年), a month range (1—9月) or a month (6月, 6月底, 6月30日).</summary>
    public bool CalendarTail(int year, int at, out TimeExpression tail, out int end)
    {
        tail = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
        end = at;
        if (tables.Labels.Match(text.Text, at, out var label) is var labelLength and > 0 && label?.Role == WordRole.Period)
        {
            tail = Period(year, label);
            end = at + labelLength;
            return true;
        }

        if (!text.TryNumeral(at, false, out var month))
        {
            return false;
        }

        if (!IsMonth(month))
        {
            return TryLostDash(year, month, out tail, out end);
        }

        if (TryMonthRange(year, month, out tail, out end))
        {
            return true;
        }

        var mk = text.SkipInline(month.End);
        if (tables.Suffixes.Match(text.Text, mk, out var monthWord) > 0 && monthWord?.Role == WordRole.Month)
        {
            var from = MonthAndDay(year, month, mk, out end);
            tail = TimeExpression.At(TimeRole.Point, from);
            if ((from.Day is not null && DayRangeEnd(year, from, end, out var to, out var toEnd))
                || MonthRangeEnd(year, from, end, out to, out toEnd))
            {
                tail = TimeExpression.Between(from, to);
                end = toEnd;
            }

            return true;
        }

        return false;
    }

    // 「2024年1月1日至12月19日」「3月1日至15日」: a day joined to a later day of the same year is the span between them.
    public bool DayRangeEnd(int year, DatePoint from, int at, out DatePoint to, out int end)
    {
        to = from;
        end = at;
        var j = text.SkipInline(at);
        var joiner = tables.RangeJoiners.Match(text.Text, j, out _);
        if (joiner == 0 || !text.TryNumeral(text.SkipInline(j + joiner), false, out var next) || !next.IsSmallInteger(31) || next.Value < 1)
        {
            return false;
        }

        var k = text.SkipInline(next.End);
        if (IsMonth(next) && tables.Suffixes.Match(text.Text, k, out var word) > 0 && word?.Role == WordRole.Month)
        {
            to = MonthAndDay(year, next, k, out end);
        }
        else if (tables.Suffixes.Match(text.Text, k, out var dayWord) is var dl and > 0 && dayWord?.Role == WordRole.Day
            && (int)next.Value!.Value <= (year > 0 ? DateTime.DaysInMonth(year, from.Month!.Value) : 31))
        {
            to = DatePoint.OfDay(year, from.Month!.Value, (int)next.Value!.Value);
            end = k + dl;
        }

        return to.Day is not null && (to.Month > from.Month || (to.Month == from.Month && to.Day > from.Day));
    }

    // 「1月至10月」「6月到8月」: a month joined to a later month, each with its 月, is the months between them, as 1—10月 is.
    public bool MonthRangeEnd(int year, DatePoint from, int at, out DatePoint to, out int end)
    {
        to = from;
        end = at;
        var j = text.SkipInline(at);
        var joiner = tables.RangeJoiners.Match(text.Text, j, out _);
        if (from.Day is not null || joiner == 0 || !text.TryNumeral(text.SkipInline(j + joiner), false, out var next) || !IsMonth(next)
            || next.Value <= from.Month)
        {
            return false;
        }

        var k = text.SkipInline(next.End);
        if (tables.Suffixes.Match(text.Text, k, out var word) == 0 || word?.Role != WordRole.Month
            || MonthAndDay(year, next, k, out var lastEnd) is { Day: not null, IsMonthEnd: false })
        {
            return false;
        }

        to = DatePoint.EndOfMonth(year, (int)next.Value!.Value);
        end = lastEnd;
        return true;
    }

    // "in April-August", "in July to September": a month's name joined to another month's name is the months between them
    // (rangeJoiners, months of the culture's tables); an earlier month ("July-April") runs on into the next year. "In January
    // and February": a month joined by a word joiner to the next month is the two (China's customs and commerce figures for
    // the year's first two months come as one); two months further apart so joined ("in January and March") are two months.
    public bool MonthNameRangeEnd(int from, int at, out int to, out int end)
    {
        (to, end) = (from, at);
        var j = text.SkipInline(at);
        var joiner = tables.RangeJoiners.Match(text.Text, j, out _);
        var next = false;
        if (joiner == 0 && tables.WordJoiners.Match(text.Text, j, out _) is var joinWord and > 0 && text.WordBoundaryAfter(j + joinWord))
        {
            (joiner, next) = (joinWord, true);
        }

        var k = text.SkipInline(j + joiner);
        if (joiner == 0 || tables.Months.Match(text.Text, k, out var month) is not (var length and > 0) || !text.WordBoundaryAfter(k + length) || month == from
            || (next && month != from + 1))
        {
            return false;
        }

        (to, end) = (month, k + length);
        return true;
    }

    // "(2023-24)", "2023-24", "2023/2024" right after a run of months across a year's end: a split year, its first year.
    public bool SplitYearAfter(int at, out int firstYear, out int end)
    {
        (firstYear, end) = (0, at);
        var k = text.SkipInline(at);
        var bracket = k < text.Length && text[k] is '(' or '（';
        if (bracket)
        {
            k = text.SkipInline(k + 1);
        }

        if (!text.TryNumeral(k, false, out var first) || !first.IsYearLike || first.End + 1 >= text.Length || text[first.End] is not ('-' or '–' or '/')
            || !text.TryNumeral(first.End + 1, false, out var second) || second.Value is not { } next
            || (next != first.Value + 1 && !second.IsShortYearAfter(first)))
        {
            return false;
        }

        (firstYear, end) = ((int)first.Value!.Value, second.End);
        var close = text.SkipInline(end);
        if (bracket && close < text.Length && text[close] is ')' or '）')
        {
            end = close + 1;
        }

        return true;
    }

    // 1—6月, 1至9月: two months joined, then 月.
    public bool TryMonthRange(int year, Numeral low, out TimeExpression span, out int end)
    {
        span = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
        end = low.End;
        var j = text.SkipInline(low.End);
        var joiner = tables.RangeJoiners.Match(text.Text, j, out _);
        if (joiner == 0 || !text.TryNumeral(text.SkipInline(j + joiner), false, out var high) || !IsMonth(high)
            || high.Value <= low.Value)
        {
            return false;
        }

        var mk = text.SkipInline(high.End);
        if (tables.Suffixes.Match(text.Text, mk, out var word) is not (var length and > 0) || word?.Role != WordRole.Month)
        {
            return false;
        }

        span = TimeExpression.Between(DatePoint.OfMonth(year, (int)low.Value!.Value), DatePoint.EndOfMonth(year, (int)high.Value!.Value));
        end = mk + length;
        return true;
    }

    // 「2021年18月」「110月」: a scraped copy lost the dash of 1-8月 / 1-10月. No month exceeds 12, so Arabic digits
    // 1 then 2..12 before 月 right after a year are read as the range from January.
    private bool TryLostDash(int year, Numeral joined, out TimeExpression span, out int end)
    {
        span = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
        end = joined.End;
        var high = joined.Value switch
        {
            >= 13 and <= 19 when joined.Length == 2 => joined.Value - 10,
            >= 110 and <= 112 when joined.Length == 3 => joined.Value - 100,
            _ => null,
        };
        var mk = text.SkipInline(joined.End);
        if (year <= 0 || high is not { } h || !joined.Has(NumeralFlags.Arabic) || h != decimal.Truncate(h)
            || tables.Suffixes.Match(text.Text, mk, out var word) is not (var length and > 0) || word?.Role != WordRole.Month)
        {
            return false;
        }

        span = TimeExpression.Between(DatePoint.OfMonth(year, 1), DatePoint.EndOfMonth(year, (int)h));
        end = mk + length;
        return true;
    }

    // 十二月 is a month (十 makes it "scaled"); 十多月 and 1/2月 are not.
    public static bool IsMonth(Numeral n) =>
        n.IsSmallInteger(12) && n.Value >= 1 && !n.Has(NumeralFlags.Approx | NumeralFlags.Fraction | NumeralFlags.Vague);

    public static TimeExpression Period(int year, TableWord label) =>
        TimeExpression.Between(DatePoint.OfMonth(year, (int)label.Factor), DatePoint.EndOfMonth(year, label.ToMonth));
}
