using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>2.8%—9.7%, 6—7列, "between 5 and 10": two numerals joined; and the spans they make (2013—2022 年, 1—6月).</summary>
internal sealed class RangeResolver(ScanText text, ScanState state, DateParts parts, Fractions fractions)
{
    private readonly CultureTables tables = text.Tables;

    /// <summary>
    /// 2.8%—9.7%, 6—7列, 2013—2022 年: a numeral, an optional percent sign, a joiner and a second numeral.
    /// On success the draft becomes a Range from the first to the second numeral (units are read later).
    /// </summary>
    public bool TryRange(PrefixSet prefixes, Numeral low, MentionDraft given, out MentionDraft draft, out Numeral high)
    {
        draft = given;
        high = default;
        if (low.Value is not { } lowValue)
        {
            return false;
        }

        var k = text.SkipInline(low.End);
        var percentLength = 0;
        if (k < text.Length && tables.Suffixes.Match(text.Text, k, out var word) is var length and > 0 && word?.Role == WordRole.Percent
            && !char.IsAsciiLetter(text[k]))
        {
            percentLength = length;
            k = text.SkipInline(k + length);
        }

        var joiner = tables.RangeJoiners.Match(text.Text, k, out _);
        // "the 2017/18 financial year": a joiner of a split year only (splitYearJoiners), never of a range.
        var splitOnly = joiner == 0 && low.IsYearLike && tables.SplitYearJoiners.Match(text.Text, k, out _) is > 0;
        if (splitOnly)
        {
            joiner = tables.SplitYearJoiners.Match(text.Text, k, out _);
        }

        var fromTo = joiner > 0 && char.IsAsciiLetter(text[k]) && prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.Span;
        if (joiner == 0 && prefixes.TimeStart >= 0 && prefixes.Time == TimeRole.Span && tables.WordJoiners.Match(text.Text, k, out _) is var andLength and > 0
            && text.WordBoundaryAfter(k + andLength))
        {
            // "between 2013 and 2022", "between 5 and 10 percent": "and" joins a range only after "between".
            joiner = andLength;
        }

        if (joiner == 0 || (low.Has(NumeralFlags.Words) && !char.IsAsciiLetter(text[k])))
        {
            // "three-nought-four" is three numbers; a hyphen joins a range only between digits.
            return false;
        }

        if (fromTo && !low.IsYearLike && tables.FromToRangeWords.Count > 0 && !RangeWordBefore(prefixes.TimeStart))
        {
            // "rose from 14 to 48" states two figures, where the change went from and to; "ranging from 5 to 10" is a range.
            return false;
        }

        var h = SameCurrencyAfter(prefixes, text.SkipInline(k + joiner));
        if (!text.TryNumeral(h, false, out high))
        {
            return false;
        }

        if (IsNextYearShort(low, high, k, h))
        {
            // "in 2020-21": two consecutive years, the second by its last two digits.
            high = high with { Value = lowValue + 1, IntegerDigits = 4, Flags = high.Flags | NumeralFlags.ShortYear };
        }
        else if (splitOnly)
        {
            return false;
        }

        if (high.Value is not { } highValue || highValue < lowValue
            || (low.IsYearLike != high.IsYearLike))
        {
            return false;
        }

        high = fractions.Read(high);
        var highPercent = high.End < text.Length && tables.Suffixes.Match(text.Text, text.SkipInline(high.End), out var w2) > 0 && w2?.Role == WordRole.Percent;
        if (percentLength > 0 && !highPercent && char.IsAsciiLetter(text[k]))
        {
            // "fell 3.8% to 1.99 trillion yuan": after a percentage, a word joiner leads to the level it changed to.
            return false;
        }

        // "2-3 million tonnes", 「2至3万吨」: the high end's scale word is the low end's too when it has none of its own.
        if (!low.Has(NumeralFlags.Scaled) && Scales.Times(lowValue, text.Text, high) is { } scaled && scaled <= highValue)
        {
            lowValue = scaled;
        }

        draft = draft with { Qualifier = MentionQualifier.Range, Value = lowValue, ValueHigh = highValue, NumberEnd = high.End, End = high.End };
        if (percentLength > 0 && !highPercent)
        {
            // "2.8%—9.7" has its sign on the low end only; the unit still applies to both.
            draft = draft with { Kind = MentionKind.Percent, Unit = MentionUnit.Percent };
        }

        return true;
    }

    // "US$144 billion to US$304 billion", "between Shs2,000 and Shs15,000": the low end's currency written again before the
    // high end is skipped (another currency there makes two amounts, no range).
    private int SameCurrencyAfter(in PrefixSet prefixes, int h)
    {
        if (prefixes.CurrencyStart < 0 || h >= text.Length || tables.Prefixes.Match(text.Text, h, out var word) is not (var length and > 0)
            || word?.Role != WordRole.Currency || word.Unit != prefixes.Currency)
        {
            return h;
        }

        return text.SkipInline(h + length);
    }

    private bool RangeWordBefore(int at) => text.WordsEndingAt(tables.FromToRangeWords, at, 12, out _) >= 0;

    /// <summary>1—6月 (no year written): the months of the year in context, as a span.</summary>
    public bool TryMonthSpan(PrefixSet prefixes, Numeral low, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        if (!DateParts.IsMonth(low) || !parts.TryMonthRange(state.LastYear, low, out var span, out var end))
        {
            return false;
        }

        // With no year stated in its paragraph, the latest such months begun by the reference date (1—11月 in a release of
        // January 2024 are 2023's), as a bare month is.
        if (span.To is { Month: { } last } && state.YearOfBareMonth(last) is var year && year != state.LastYear
            && parts.TryMonthRange(year, low, out var latest, out var latestEnd))
        {
            (span, end) = (latest, latestEnd);
        }

        draft = draft with { ValueHigh = null, Qualifier = MentionQualifier.Exact };
        draft = DateParts.FinishDate(prefixes, draft, span.From, span.To, end, TimeRole.Span);
        return true;
    }

    // A year, a dash right after it and two digits right after the dash that are the next year's last two ("2020-21").
    private bool IsNextYearShort(Numeral low, Numeral high, int joinerAt, int highAt) =>
        low.IsYearLike && joinerAt == low.End && highAt == joinerAt + 1 && !char.IsAsciiLetter(text[joinerAt])
        && high.IsShortYearAfter(low)
        && (high.End >= text.Length || !char.IsAsciiDigit(text[high.End]));

    /// <summary>
    /// 2013—2022 年 and 2013-2022 are spans; (2019-2023) with no 年 is a plan title, a label, but a split year in brackets
    /// ("(2023-24)") is the years. A split year's span says so (<see cref="TimeExpression.SplitYear"/>).
    /// </summary>
    public bool TryYearSpan(PrefixSet prefixes, Numeral low, Numeral high, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        if (!low.IsYearLike || !high.IsYearLike)
        {
            return false;
        }

        var k = text.SkipInline(high.End);
        var yearLength = tables.Suffixes.Match(text.Text, k, out var word);
        var hasYear = yearLength > 0 && word?.Role is WordRole.Year or WordRole.Since;
        draft = draft with { Value = null, ValueHigh = null, Qualifier = MentionQualifier.Exact };
        var split = high.Has(NumeralFlags.ShortYear);
        if (!hasYear && !split && text.IsBracketed(low.Start, high.End))
        {
            draft = draft with { Kind = MentionKind.Label };
            return true;
        }

        draft = draft with { Kind = MentionKind.DatePeriod };
        var from = DatePoint.OfYear((int)low.Value!.Value);
        var to = DatePoint.OfYear((int)high.Value!.Value);
        draft = draft with { End = hasYear ? k + yearLength : high.End, Time = word?.Role == WordRole.Since ? TimeExpression.At(TimeRole.Since, from) : TimeExpression.Between(from, to) with { SplitYear = split } };
        if (prefixes.TimeStart >= 0)
        {
            draft = draft with { Start = prefixes.TimeStart };
        }

        state.LastYear = to.Year;
        return true;
    }
}
