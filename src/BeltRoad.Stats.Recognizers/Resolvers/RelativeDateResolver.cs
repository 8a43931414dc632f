using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// 上半年, 前三季度, 今年, 去年6月底, 今年1—6月, "the first half of 2024", "end of October", "over the past decade": periods named
/// relative to a year. The year is the one written right after ("first half of 2024", "of last year") or the reference date's
/// (year 0, unresolved, when the caller gave none).
/// </summary>
internal sealed class RelativeDateResolver(ScanText text, ScanState state, DateParts parts)
{
    /// <summary>The date mention of a period word (<paramref name="label"/>) at <paramref name="i"/>.</summary>
    public MentionDraft Resolve(int i, int labelLength, TableWord label)
    {
        var end = i + labelLength;
        var reference = state.ReferenceYear;
        TimeExpression time;
        if (label.Role == WordRole.Decade)
        {
            var years = label.Factor;
            time = new TimeExpression(TimeRole.Duration, reference > 0 ? DatePoint.OfYear(reference - (int)years) : default, null) { Years = years };
        }
        else if (label.Role == WordRole.RelativeMonth)
        {
            // 上个月, "last month": the month that many before the reference date's (year 0, unresolved, without one); "the end
            // of last month": its last day, as "the end of last year" is the year's.
            var month = state.ReferenceDate is { } today ? new DateOnly(today.Year, today.Month, 1).AddMonths((int)label.Factor) : default;
            time = TimeExpression.At(TimeRole.Point, state.ReferenceDate is null ? DatePoint.OfYear(0)
                : label.TimeRole == TimeRole.AsOf ? DatePoint.EndOfMonth(month.Year, month.Month) : DatePoint.OfMonth(month.Year, month.Month));
        }
        else if (label.Role == WordRole.RelativeYear)
        {
            // "the following year", 次年: counted from the year last stated ("in 2022, … the following year"), which it then
            // becomes; the others from the reference date's.
            // "at year-end" with no year stated before it: the reference date's year's end, as "the end of this year" is.
            var from = label.InContext ? (state.LastYear == 0 && label.TimeRole == TimeRole.AsOf ? reference : state.LastYear) : reference;
            var year = from == 0 ? 0 : from + (int)label.Factor;
            if (label.TimeRole == TimeRole.AsOf)
            {
                // "the end of last year": the year's last day, as 去年底 is.
                time = TimeExpression.At(TimeRole.Point, DatePoint.EndOfMonth(year, 12));
            }
            else if (YearEnd(end) is var yearEnd and > 0)
            {
                // 去年底, 去年年底: the year's last day, as 2023年底 is.
                time = TimeExpression.At(TimeRole.Point, DatePoint.EndOfMonth(year, 12));
                end = yearEnd;
            }
            else if (parts.CalendarTail(year, text.SkipInline(end), out var tail, out var tailEnd))
            {
                time = tail.To is null ? TimeExpression.At(TimeRole.Point, tail.From) : tail;
                end = tailEnd;
            }
            else
            {
                time = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
            }

            // A year named relative to the document's (去年, 上年同期, "last year") is most often a comparison's
            // (比去年同月增长7.6%): the bare months stated after it (「1—5月，」 "In May alone") stay in the document's
            // year, so only the document's own year (今年) becomes the year in context.
            if (year != 0 && (label.Factor == 0 || label.InContext))
            {
                state.LastYear = year;
            }
        }
        else
        {
            var year = reference;
            var yearWritten = true;
            // "in April-August last year": a month joined to a later one is the months between them, as January-August is.
            var months = label;
            if (label.IsOneMonth && parts.MonthNameRangeEnd(label.ToMonth, end, out var lastMonth, out var rangeEnd))
            {
                end = rangeEnd;
                if (lastMonth < label.ToMonth)
                {
                    return AcrossYearEnd(i, end, label.ToMonth, lastMonth);
                }

                months = label with { ToMonth = lastMonth };
            }

            var k = text.SkipInline(end);
            if (text.TryNumeral(k, false, out var written) && written.IsYearLike && written.Has(NumeralFlags.Arabic))
            {
                year = (int)written.Value!.Value;
                end = written.End;
                state.LastYear = year;
            }
            else if (text.Tables.Labels.Match(text.Text, k, out var relative) is var relativeLength and > 0 && relative?.Role == WordRole.RelativeYear)
            {
                // "the first 10 months of this year", "first half of last year": the year named relative to the reference.
                year = reference == 0 ? 0 : reference + (int)relative.Factor;
                end = k + relativeLength;
            }
            else
            {
                yearWritten = false;
            }

            // "as of the end of October": the last day of the month, not the months up to it; with no year written, of the
            // latest such month begun by the reference date, as 截至12月底 is ("at the end of December" in a report of March:
            // the December before), whatever year its paragraph stated (an event's: "In May 2017, … By the end of February").
            time = label.TimeRole == TimeRole.AsOf ? TimeExpression.At(TimeRole.AsOf, DatePoint.EndOfMonth(yearWritten || state.ReferenceDate is null ? year : state.LatestYearOf(label.ToMonth), label.ToMonth))
                : label.IsOneMonth && months == label ? TimeExpression.At(TimeRole.Point, DatePoint.OfMonth(yearWritten ? year : label.Previous ? state.PreviousYearOf(label.ToMonth) : state.LatestYearOf(label.ToMonth), label.ToMonth))
                : label.Latest && !yearWritten ? DateParts.Period(state.LatestYearOf((int)label.Factor), months)
                : DateParts.Period(yearWritten || months == label ? year : state.LatestYearOf(months.ToMonth), months);
        }

        return Dated(i, end, time);
    }

    // The date mention over [start, end).
    private static MentionDraft Dated(int start, int end, TimeExpression time) => new()
    {
        Start = start,
        End = end,
        Kind = MentionKind.DatePeriod,
        NumberStart = start,
        NumberEnd = end,
        Time = time,
    };

    // "July-April (2023-24)", "in July-March": months across a year's end (a budget year's first months, as South Asian
    // releases count them) run from the split year's first year to its second; with none after them, to the latest last month
    // not after the reference date.
    private MentionDraft AcrossYearEnd(int i, int end, int firstMonth, int lastMonth)
    {
        int lastYear;
        if (parts.SplitYearAfter(end, out var firstYear, out var splitEnd))
        {
            (lastYear, end) = (firstYear + 1, splitEnd);
        }
        else
        {
            lastYear = state.LatestYearOf(lastMonth);
        }

        if (lastYear != 0)
        {
            state.LastYear = lastYear;
        }

        var from = lastYear == 0 ? DatePoint.OfMonth(0, firstMonth) : DatePoint.OfMonth(lastYear - 1, firstMonth);
        return Dated(i, end, TimeExpression.Between(from, DatePoint.EndOfMonth(lastYear, lastMonth)));
    }

    // Where 底 (or 年底) after a year named relative to the reference ends; 0 when none follows.
    private int YearEnd(int at)
    {
        var k = text.SkipInline(at);
        var length = text.Tables.Suffixes.Match(text.Text, k, out var word);
        if (length > 0 && word?.Role == WordRole.Year)
        {
            k = text.SkipInline(k + length);
            length = text.Tables.Suffixes.Match(text.Text, k, out word);
        }

        return length > 0 && word?.Role == WordRole.MonthEnd ? k + length : 0;
    }
}
