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
        var end = numeral.End;
        if (month > 0 && numeral.IsSmallInteger(31) && numeral.Value >= 1)
        {
            var k = text.SkipInline(numeral.End);
            k = k < text.Length && text[k] == ',' ? text.SkipInline(k + 1) : k;
            var year = state.LastYear;
            if (text.TryNumeral(k, false, out var yearNumeral) && yearNumeral.IsYearLike)
            {
                year = (int)yearNumeral.Value!.Value;
                end = yearNumeral.End;
            }

            point = DatePoint.OfDay(year, month, (int)numeral.Value!.Value);
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
        draft = DateParts.FinishDate(prefixes, draft, point, null, end, TimeRole.Point);
        return true;
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
