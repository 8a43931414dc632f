using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    /// <summary>
    /// 上半年, 前三季度, 今年, 去年6月底, 今年1—6月, "the first half of 2024", "over the past decade": periods named
    /// relative to a year. The year is the one written right after ("first half of 2024") or the reference date's
    /// (year 0, unresolved, when the caller gave none).
    /// </summary>
    private int RelativeDate(int i, int labelLength, TableWord label)
    {
        var end = i + labelLength;
        var reference = options.ReferenceDate?.Year ?? 0;
        TimeExpression time;
        if (label.Role == WordRole.Decade)
        {
            var years = label.Factor;
            time = new TimeExpression(TimeRole.Duration, reference > 0 ? DatePoint.OfYear(reference - (int)years) : default, null) { Years = years };
        }
        else if (label.Role == WordRole.RelativeYear)
        {
            var year = reference == 0 ? 0 : reference + (int)label.Factor;
            if (CalendarTail(year, CjkNumeralParser.SkipInline(text, end), out var tail, out var tailEnd))
            {
                time = tail.To is null ? TimeExpression.At(TimeRole.Point, tail.From) : tail;
                end = tailEnd;
            }
            else
            {
                time = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
            }

            lastYear = year != 0 ? year : lastYear;
        }
        else
        {
            var year = reference;
            var k = CjkNumeralParser.SkipInline(text, end);
            if (TryNumeral(k, false, out var written) && written.IsYearLike && written.Has(NumeralFlags.Arabic))
            {
                year = (int)written.Value!.Value;
                end = written.End;
                lastYear = year;
            }

            time = Period(year, label);
        }

        Emit(new MentionDraft
        {
            Start = i,
            End = end,
            Kind = MentionKind.DatePeriod,
            NumberStart = i,
            NumberEnd = end,
            Time = time,
        });
        return end;
    }

    /// <summary>What may follow a year: a period label (上半年), a month range (1—9月) or a month (6月, 6月底, 6月30日).</summary>
    private bool CalendarTail(int year, int at, out TimeExpression tail, out int end)
    {
        tail = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
        end = at;
        if (tables.Labels.Match(text, at, out var label) is var labelLength and > 0 && label?.Role == WordRole.Period)
        {
            tail = Period(year, label);
            end = at + labelLength;
            return true;
        }

        if (!TryNumeral(at, false, out var month) || !IsMonth(month))
        {
            return false;
        }

        if (TryMonthRange(year, month, out tail, out end))
        {
            return true;
        }

        var mk = CjkNumeralParser.SkipInline(text, month.End);
        if (tables.Suffixes.Match(text, mk, out var monthWord) > 0 && monthWord?.Role == WordRole.Month)
        {
            tail = TimeExpression.At(TimeRole.Point, MonthAndDay(year, month, mk, out end));
            return true;
        }

        return false;
    }

    // 1—6月, 1至9月: two months joined, then 月.
    private bool TryMonthRange(int year, Numeral low, out TimeExpression span, out int end)
    {
        span = TimeExpression.At(TimeRole.Point, DatePoint.OfYear(year));
        end = low.End;
        var j = CjkNumeralParser.SkipInline(text, low.End);
        var joiner = tables.RangeJoiners.Match(text, j, out _);
        if (joiner == 0 || !TryNumeral(CjkNumeralParser.SkipInline(text, j + joiner), false, out var high) || !IsMonth(high)
            || high.Value <= low.Value)
        {
            return false;
        }

        var mk = CjkNumeralParser.SkipInline(text, high.End);
        if (tables.Suffixes.Match(text, mk, out var word) is not (var length and > 0) || word?.Role != WordRole.Month)
        {
            return false;
        }

        span = TimeExpression.Between(DatePoint.OfMonth(year, (int)low.Value!.Value), DatePoint.EndOfMonth(year, (int)high.Value!.Value));
        end = mk + length;
        return true;
    }

    // 十二月 is a month (十 makes it "scaled"); 十多月 and 1/2月 are not.
    private static bool IsMonth(Numeral n) =>
        n.IsSmallInteger(12) && n.Value >= 1 && !n.Has(NumeralFlags.Approx | NumeralFlags.Fraction | NumeralFlags.Vague);

    private static TimeExpression Period(int year, TableWord label) =>
        TimeExpression.Between(DatePoint.OfMonth(year, (int)label.Factor), DatePoint.EndOfMonth(year, label.ToMonth));
}
