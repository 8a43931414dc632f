using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Time;

/// <summary>
/// "in fiscal year 2023-24", "FY2023/24", "in FY24", "in fiscal 2023", "in the last fiscal year": a budget year
/// (time-words.json fiscal_years). A split year, or two digits naming the year it ends, is the twelve months from
/// the first month of its country's budget year (<see cref="DocumentTimeFrame.FiscalStartAt"/>); a single written year is that year as the text labels it; a word of fiscal_relative before it
/// counts from the fiscal year the document's date falls in. A span of several fiscal years ("fiscal years 2020-2022")
/// is the recognizer's reading of the years. In a document that counts in budget years (<see cref="Named"/>), a split
/// year standing alone ("In 2023-24, toll collection grew 31% over the Rs10.1b collected in 2022-23", "the 2017/18
/// financial year") is one too.
/// </summary>
internal static class FiscalYears
{
    /// <summary>
    /// Whether a text names a budget year: "fiscal year", "financial year", or a fiscal word before a year ("FY24",
    /// "fiscal 2023"); a bare "fiscal" elsewhere ("fiscal policy") names none. Asked once per document.
    /// </summary>
    public static bool Named(string text, TimeWords words)
    {
        foreach (var (start, end) in words.FiscalYears.Find(text, 0, text.Length))
        {
            var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
            if (text.AsSpan(start, end - start).Contains(' ') || (at < text.Length && char.IsAsciiDigit(text[at])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in 2022-23", "the 2017/18 financial year": a split year the recognizer read (<see cref="TimeExpression.SplitYear"/>),
    /// in a sentence of a document that counts in budget years: the twelve months from the first month of the budget year
    /// of the fiscal word stated last before it (<see cref="BudgetYearStarts"/>). "2013-22" (not the next year) is a span
    /// of years, the recognizer's.
    /// </summary>
    public static IEnumerable<(int Start, int End, Period Period)> Bare(IReadOnlyList<Mention> inSentence, DocumentTimeFrame frame, TimeWords words)
    {
        foreach (var m in inSentence)
        {
            if (m is { Kind: MentionKind.DatePeriod, Time: { SplitYear: true, From.Year: var year } } && Text.YearColumns.IsYear(year))
            {
                yield return (m.Start, m.End, Twelve(year, frame.FiscalStartAt(m.Start, words)));
            }
        }
    }

    public static IEnumerable<(int Start, int End, Period Period)> Find(string text, Sentence sentence, DocumentTimeFrame frame, TimeWords words)
    {
        foreach (var (start, end) in words.FiscalYears.Find(text, sentence.Start, sentence.End))
        {
            var at = end < sentence.End && text[end] == ' ' ? end + 1 : end;
            var (first, firstEnd) = Digits(text, at, sentence.End);
            var startMonth = frame.FiscalStartAt(start, words);
            if (first is { } label)
            {
                if (Split(text, label, firstEnd, sentence.End, startMonth) is { } split)
                {
                    yield return (start, split.End, split.Period);
                }

                continue;
            }

            // "in the last fiscal year": counted from the fiscal year the document's date falls in.
            var before = text.AsSpan(sentence.Start, start - sentence.Start).TrimEnd();
            var space = before.LastIndexOf(' ');
            if (frame.Date is { Precision: not DatePrecision.Year } today && words.FiscalRelative.TryGetValue(before[(space + 1)..].ToString(), out var offset)
                && text.AsSpan(start, end - start).Contains(' '))
            {
                var from = (today.Month >= startMonth ? today.Year : today.Year - 1) + offset;
                yield return (space + 1 + sentence.Start, end, Twelve(from, startMonth));
            }
        }
    }

    // After the fiscal word: "2023" (that year), "2023-24" / "2023/2024" (the split year), "24" (the split year ending then).
    private static (int End, Period Period)? Split(string text, (int Value, int Length) label, int at, int limit, int startMonth)
    {
        if (label.Length == 2)
        {
            // The budget year ending in that year: begun the year before, unless it is the calendar year.
            return (at, Twelve(2000 + label.Value - (startMonth == 1 ? 0 : 1), startMonth));
        }

        if (label.Length != 4 || !Text.YearColumns.IsYear(label.Value))
        {
            return null;
        }

        if (at < limit && text[at] is ('-' or '/' or '–') && Digits(text, at + 1, limit) is ({ } second, var end))
        {
            var ending = second.Length == 2 ? label.Value / 100 * 100 + second.Value : second.Value;
            return ending == label.Value + 1 ? (end, Twelve(label.Value, startMonth)) : null;
        }

        return (at, Period.AsOf(PeriodPoint.OfYear(label.Value)));
    }

    private static Period Twelve(int year, int startMonth) =>
        startMonth == 1
            ? Period.AsOf(PeriodPoint.OfYear(year))
            : Period.Span(PeriodPoint.OfMonth(year, startMonth), PeriodPoint.OfMonth(year + 1, startMonth - 1));

    // Two or four ASCII digits at the place, not followed by another digit or a letter.
    private static ((int Value, int Length)? Number, int End) Digits(string text, int at, int limit)
    {
        var end = at;
        while (end < limit && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var length = end - at;
        return length is 2 or 4 && (end >= limit || !char.IsAsciiLetterOrDigit(text[end]))
            ? ((int.Parse(text.AsSpan(at, length), System.Globalization.CultureInfo.InvariantCulture), length), end)
            : (null, at);
    }
}
