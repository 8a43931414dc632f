using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>"in 2022", "by 2030", "as of June 30, 2023", "by the end of 2022", and ISO dates (2023-10-18, 2023/6/30).</summary>
internal sealed class WrittenDateResolver(ScanText text, ScanState state)
{
    // "in 2022", "by 2030", "as of June 30, 2023", "as of end-June 2023", "by the end of 2022".
    public bool WordDate(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        var month = prefixes.Month;
        DatePoint point;
        DatePoint? to = null;
        var end = numeral.End;
        if (month > 0 && numeral.IsSmallInteger(31) && numeral.Value >= 1)
        {
            var day = text.SkipInline(numeral.End);
            var first = (int)numeral.Value!.Value;
            var last = DayTail(prefixes, day, month, first, dayFirst: false);
            var dayEnd = end;
            if (last is { } tail)
            {
                // The span's end counts only once its year is known (below); a yearless span is no date.
                dayEnd = tail.End;
                day = text.SkipInline(tail.End);
            }

            var k = day < text.Length && text[day] == ',' ? text.SkipInline(day + 1) : day;
            var year = YearOfYearless(prefixes, month);
            var spanEnd = dayEnd;
            if (text.TryNumeral(k, false, out var yearNumeral) && yearNumeral.IsYearLike)
            {
                year = (int)yearNumeral.Value!.Value;
                end = spanEnd = yearNumeral.End;
            }
            else if (RelativeYearAfter(day) is { } relative)
            {
                (year, end) = relative;
                spanEnd = end;
            }

            if (last is { } span && year > 0)
            {
                (point, to, end) = (DayOf(year, month, first), SpanEnd(year, month, span), spanEnd);
            }
            else
            {
                point = DatePoint.OfDay(year, month, first);
            }
        }
        else if (numeral.IsYearLike)
        {
            var year = (int)numeral.Value!.Value;
            point = month > 0 ? (prefixes.TimeIsEnd ? DatePoint.EndOfMonth(year, month) : DatePoint.OfMonth(year, month))
                : prefixes.TimeIsEnd ? DatePoint.EndOfMonth(year, 12) : DatePoint.OfYear(year);
        }
        else
        {
            return false;
        }

        state.LastYear = point.Year;
        draft = draft with { Start = PrefixSet.Earliest(draft.Start, prefixes.MonthStart, prefixes.TimeStart) };
        draft = DateParts.FinishDate(prefixes, draft, point, to, end, to is null ? TimeRole.Point : TimeRole.Span);
        return true;
    }

    // "as of June this year", "since March last year", "as of June": a month's name no day or year follows (the candidate
    // extractor's NamedMonth) is that month of the year named relative to the reference date right after it, else, after an
    // as-of or since word, the latest such month not after the document's date (as "as of May 31" takes the latest May 31),
    // else the year last stated.
    public MentionDraft NamedMonth(PrefixSet prefixes, int monthEnd)
    {
        var month = prefixes.Month;
        var end = monthEnd;
        int year;
        if (RelativeYearAfter(text.SkipInline(monthEnd)) is { } relative)
        {
            (year, end) = relative;
        }
        else
        {
            year = state.ReferenceDate is not null ? state.LatestYearOf(month) : state.LastYear;
        }

        // A month of a year before the document's (「去年6月」, "June last year") is most often a comparison's: as a relative
        // year alone, it does not become the year in context.
        if (year == state.ReferenceYear || state.ReferenceYear == 0)
        {
            state.LastYear = year;
        }

        var point = DatePoint.OfMonth(year, month);
        var draft = new MentionDraft
        {
            Start = prefixes.MonthStart,
            End = end,
            Kind = MentionKind.DatePeriod,
            NumberStart = prefixes.MonthStart,
            NumberEnd = monthEnd,
        };
        return DateParts.FinishDate(prefixes, draft, point, null, end, TimeRole.Point);
    }

    // "3 December 2021", "As of 20 February", "on 1 Jan. 2024": a day of one or two digits right before a capitalised month's
    // name, as British, Commonwealth and Asian English outlets write dates, then a year if one follows. With no year, an
    // as-of day ("As of 20 February") is the latest such day not after the document's date, as 「截至6月2日」 is; other days
    // take the year last stated.
    public bool DayFirst(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft) =>
        DayFirst(prefixes, numeral, given, out draft, joinedOnly: false);

    /// <summary>"25-27 April", "April 25-27", "June 29 to July 2": a day joined to a later day is a span of days, read
    /// before a range of numbers is.</summary>
    public bool DayRange(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        if (prefixes.MonthStart < 0)
        {
            return DayFirst(prefixes, numeral, given, out draft, joinedOnly: true);
        }

        // "April 25-27", "June 29 to July 2".
        return IsDay(numeral)
            && DayTail(prefixes, text.SkipInline(numeral.End), prefixes.Month, (int)numeral.Value!.Value, dayFirst: false) is not null
            && WordDate(prefixes, numeral, given, out draft);
    }

    private bool DayFirst(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft, bool joinedOnly)
    {
        draft = given;
        if (!IsDay(numeral) || prefixes.MonthStart >= 0)
        {
            return false;
        }

        var first = (int)numeral.Value!.Value;
        var at = text.SkipInline(numeral.End);
        int month;
        (int Month, int Day, int End) last;
        if (!joinedOnly && at > numeral.End && MonthAt(at) is { } named)
        {
            // "29 June", "29 June to 2 July".
            month = named.Month;
            last = DayTail(prefixes, text.SkipInline(named.End), named.Month, first, dayFirst: true) ?? (named.Month, first, named.End);
        }
        else if (joinedOnly && DayTail(prefixes, at, 0, first, dayFirst: true) is { } joined)
        {
            // "25-27 April": the first day takes the month written after the last.
            month = joined.Month;
            last = joined;
        }
        else
        {
            return false;
        }

        var end = last.End;
        var afterMonth = text.SkipInline(end);
        var k = afterMonth < text.Length && text[afterMonth] == ',' ? text.SkipInline(afterMonth + 1) : afterMonth;
        int year;
        if (text.TryNumeral(k, false, out var yearNumeral) && yearNumeral.IsYearLike)
        {
            year = (int)yearNumeral.Value!.Value;
            end = yearNumeral.End;
        }
        else if (RelativeYearAfter(afterMonth) is { } relative)
        {
            (year, end) = relative;
        }
        else
        {
            year = YearOfYearless(prefixes, month);
        }

        if (year <= 0)
        {
            return false;
        }

        state.LastYear = year;
        var to = last.Day == first && last.Month == month ? (DatePoint?)null : SpanEnd(year, month, last);
        draft = DateParts.FinishDate(prefixes, draft, DayOf(year, month, first), to, end, to is null ? TimeRole.Point : TimeRole.Span);
        return true;
    }

    // "June 29 to July 2", "April 25-27", "25 to 27 April", "29 June–2 July", "between 8 and 10 May": a day joined to a
    // later day, of its own month or of the month named with it, as forums, fairs and visits are dated. At: where the first
    // day (or, day first, its month) ends. Month-first: the last day is a day (of the same month) or a month and a day;
    // day-first: a day and a month (whose month the first day takes when it has none). Null when no later day follows.
    private (int Month, int Day, int End)? DayTail(PrefixSet prefixes, int at, int month, int firstDay, bool dayFirst)
    {
        if (at >= text.Length)
        {
            return null;
        }

        var joiner = text.Tables.RangeJoiners.Match(text.Text, at, out _);
        if (joiner == 0 && prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.Span
            && text.Tables.WordJoiners.Match(text.Text, at, out _) is var andLength and > 0)
        {
            joiner = andLength;
        }

        if (joiner == 0 || (char.IsAsciiLetter(text[at]) && !text.WordBoundaryAfter(at + joiner)))
        {
            return null;
        }

        var h = text.SkipInline(at + joiner);
        if (!dayFirst && MonthAt(h) is { } named && DayNumeral(text.SkipInline(named.End)) is { } onDay
            && (named.Month != month || onDay.Day > firstDay))
        {
            return (named.Month, onDay.Day, onDay.End);
        }

        if (DayNumeral(h) is not { } day)
        {
            return null;
        }

        var afterDay = text.SkipInline(day.End);
        if (dayFirst)
        {
            return MonthAt(afterDay) is { } itsMonth && (itsMonth.Month != month || day.Day > firstDay) && (month > 0 || day.Day > firstDay)
                ? (itsMonth.Month, day.Day, itsMonth.End)
                : null;
        }

        // "April 25-27": a bare last day belongs to the first day's month; a unit or a percent sign after it makes it a figure.
        // "April 25-27, 2019", "April 25-27 in Beijing"; not "May 20-25 ships" nor "March 1 to 28 on March 8".
        return day.Day > firstDay
            && (afterDay >= text.Length || !char.IsAsciiLetter(text[afterDay])
                || (text.Tables.DayTailFollowers.Match(text.Text, afterDay, out _) is var length and > 0 && text.WordBoundaryAfter(afterDay + length)
                    && MonthAt(text.SkipInline(afterDay + length)) is null))
            && (afterDay >= text.Length || text.Tables.Suffixes.Match(text.Text, afterDay, out _) == 0)
            ? (month, day.Day, day.End)
            : null;
    }

    // A day of the month: one or two Arabic digits, 1 to 31, no scale or approximation.
    private static bool IsDay(Numeral n) =>
        n.Has(NumeralFlags.Arabic) && n.IntegerDigits <= 2 && n.IsSmallInteger(31) && n.Value >= 1 && !n.Has(NumeralFlags.Scaled | NumeralFlags.Approx);

    private (int Day, int End)? DayNumeral(int at) =>
        at < text.Length && char.IsAsciiDigit(text[at]) && text.TryNumeral(at, false, out var n) && IsDay(n)
            ? ((int)n.Value!.Value, n.End)
            : null;

    // A capitalised month's name at a word's end.
    private (int Month, int End)? MonthAt(int at) =>
        at < text.Length && char.IsAsciiLetterUpper(text[at]) && text.Tables.Months.Match(text.Text, at, out var month) is var length and > 0
        && text.WordBoundaryAfter(at + length)
            ? (month, at + length)
            : null;

    private static DatePoint DayOf(int year, int month, int day) => DatePoint.OfDay(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    // The span's last day, in the next year when its month comes before the first's ("December 30 to January 2").
    private static DatePoint SpanEnd(int year, int firstMonth, (int Month, int Day, int End) last) =>
        DayOf(last.Month < firstMonth ? year + 1 : year, last.Month, last.Day);

    // "Oct 28 last year", "29 October this year": a year named relative to the reference date right after a day is that
    // day's year, as a written year is (the reference's year plus the label's offset); none without a reference date.
    // Read right where the day ends, never after a comma ("By Oct 28, last year's record …" dates nor swallows it), nor
    // before a possessive.
    // With no year, an as-of day ("as of May 31") is the latest such day not after the document's date, as a day written
    // first is (a target year stated before it, "by 2045", is no year of it); other days take the year last stated in
    // their paragraph, else they are the latest such day (ScanState.YearOfBareMonth).
    private int YearOfYearless(PrefixSet prefixes, int month) =>
        prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.AsOf && state.ReferenceDate is not null ? state.LatestYearOf(month) : state.YearOfBareMonth(month);

    private (int Year, int End)? RelativeYearAfter(int at)
    {
        var length = text.RelativeYearAt(at, out var label);
        return length > 0 && state.ReferenceYear > 0 && (at + length >= text.Length || text[at + length] is not ('\'' or '’'))
            ? (state.ReferenceYear + (int)label!.Factor, at + length)
            : null;
    }

    // 2023-10-18, 2023/6/30: a year, a month and a day joined by the same separator.
    public bool IsoDate(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        var k = numeral.End;
        if (!numeral.IsYearLike || !numeral.Has(NumeralFlags.Arabic) || k + 3 >= text.Length || CharFold.Fold(text[k]) is not ('-' or '/'))
        {
            return false;
        }

        var separator = CharFold.Fold(text[k]);
        if (!ArabicParser.TryParse(text.Text, k + 1, false, out var month) || month.IntegerDigits > 2 || !month.IsSmallInteger(12) || month.Value < 1
            || month.End + 1 >= text.Length || CharFold.Fold(text[month.End]) != separator
            || !ArabicParser.TryParse(text.Text, month.End + 1, false, out var day) || day.IntegerDigits > 2 || !day.IsSmallInteger(31) || day.Value < 1)
        {
            return false;
        }

        var year = (int)numeral.Value!.Value;
        var m = (int)month.Value!.Value;
        var d = Math.Min((int)day.Value!.Value, DateTime.DaysInMonth(year, m));
        state.LastYear = year;
        draft = DateParts.FinishDate(prefixes, draft, DatePoint.OfDay(year, m, d), null, day.End, TimeRole.Point);
        return true;
    }
}
