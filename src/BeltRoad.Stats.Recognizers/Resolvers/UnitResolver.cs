using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// What follows the numeral — 多/余, k/M/打, then a percent sign, currency or measure word — and the unit words
/// before it (人民币, 百分之, 时速): kind, unit, measure word and the value scaled by them.
/// </summary>
internal sealed class UnitResolver(ScanText text, ScanState state, HeadNounResolver headNouns, BareCountResolver bareCounts, FigureTailResolver tails)
{
    private readonly CultureTables tables = text.Tables;

    /// <summary>Reads the suffixes and combines them with the prefixes; a 多 right after the numeral is kept for the qualifier.</summary>
    public MentionDraft Resolve(MentionDraft draft, PrefixSet prefixes, Numeral numeral)
    {
        if (bareCounts.IsReference(prefixes, numeral))
        {
            return draft;
        }

        var p = draft.NumberEnd;
        var k = text.SkipInline(p);
        var length = tables.Suffixes.Match(text.Text, k, out var word);
        if (word is { Role: WordRole.Qualifier, Qualifier: MentionQualifier.MoreThan } && !char.IsAsciiLetter(text[k]))
        {
            draft = draft with { MoreAfterNumber = true };
            p = k + length;
            draft = draft with { End = p };
        }

        decimal factor = 1;
        for (var round = 0; round < 2; round++)
        {
            k = text.SkipInline(p);
            length = tables.Suffixes.Match(text.Text, k, out word);
            // "5 m" is metres, "$1,000m" a million; "1,800 B&R projects" is no billion, nor "12 G20 members" (a letter spaced
            // from the number and followed by a digit is a name's).
            if (word?.Role != WordRole.Multiplier || (k + length < text.Length && char.IsAsciiLetter(text[k])
                    && (char.IsAsciiLetter(text[k + length]) || (k > p && char.IsAsciiDigit(text[k + length]))))
                || text.BlockerLength(k) >= length || (length == 1 && text[k] == 'm' && prefixes.CurrencyStart < 0 && !MillionOfNoun(p, k))
                || (length == 1 && k + 1 < text.Length && text[k + 1] is '&' or '\''))
            {
                break;
            }

            draft = draft with { Value = Multiply(draft.Value, word.Factor), ValueHigh = Multiply(draft.ValueHigh, word.Factor), NumberValue = Multiply(draft.NumberValue, word.Factor) };
            p = k + length;
            draft = draft with { End = p, NumberEnd = p };
        }

        k = text.SkipInline(p);
        length = tables.Suffixes.Match(text.Text, k, out word);
        if (tables.Suffixes.Match(text.Text, k, out var spaced, skipInnerSpaces: true) is var spacedLength && spacedLength > length
            && spaced?.Role is WordRole.Percent or WordRole.PercentagePoints && text.WordBoundaryAfter(k + spacedLength))
        {
            // "六   个 百 分点": the percent words may be spelled out with spaces.
            length = spacedLength;
            word = spaced;
        }

        if (length > 0 && (text.BlockerLength(k) >= length || (char.IsAsciiLetter(text[k]) && !text.WordBoundaryAfter(k + length))))
        {
            length = 0;
            word = null;
        }

        if (length == 0 && draft.NumberEnd > draft.Start && text.Is(k, '-') && k == draft.NumberEnd
            && tables.Suffixes.Match(text.Text, k + 1, out var hyphened) is var joined and > 0
            && (char.IsAsciiLetter(text[k - 1]) ? hyphened is { Role: WordRole.Currency or WordRole.Measure }
                : hyphened is { Role: WordRole.Percent } && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiLetter(text[k + 1]) && !text.Is(k + 1 + joined, '-'))
            && text.WordBoundaryAfter(k + 1 + joined))
        {
            // "the first 35-billion-yuan tranche", "a 3.5 million-tonne-a-year plant": a scaled amount hyphenated to its unit;
            // "a 21-percent increase": a percentage as an adjective (a word, not "2023-%" debris, and not the first word of
            // "0.5-percentage-point", which is no percentage).
            (k, length, word) = (k + 1, joined, hyphened);
        }

        if (word is { Role: WordRole.Currency } && ((prefixes.CurrencyStart >= 0 && word.Unit != prefixes.Currency && !IsYuanOf(word, prefixes))
            || (!char.IsLetter(text[k]) && text.SkipInline(k + length) is var next && next < text.Length && ArabicParser.IsDigit(text[next]))))
        {
            // "RMB 10 USD 20", "$ 20,000.00 $ 37,305.97": the currency written before the next figure is that figure's.
            length = 0;
        }

        if (word is { Role: WordRole.Measure } && prefixes.CurrencyStart >= 0 && char.IsAsciiLetter(text[k]))
        {
            // "USD 8.4 billion projects", a page's "USD 8.4 billion" over a line "Projects approved: 50" run into it: an
            // amount in a currency named before it counts nothing; the noun after it is what the money went to, or the next line's.
            length = 0;
        }

        if (prefixes.CurrencyStart >= 0)
        {
            // 人民幣384.8億元, 新台幣120億元: the currency named before the figure is its bare 元's, and names the bare 元 after it.
            Named(prefixes.Currency, prefixes.CurrencyYuan);
        }

        var unitStart = k;
        if (length > 0 && word is not null)
        {
            draft = ApplySuffixUnit(draft, numeral, word, unitStart, k + length, prefixes, ref factor);
        }

        draft = ApplyPrefixUnits(draft, prefixes, ref factor);
        draft = tails.Share(Scale(draft, factor), numeral);
        if (draft.Kind == MentionKind.Number && tables.HeadNounAfterBareNumber && draft.Value is not null && !numeral.IsYearLike
            && !numeral.Has(NumeralFlags.Ordinal))
        {
            draft = bareCounts.Resolve(draft, prefixes, numeral);
        }

        // 一个, 一批: the indefinite article, not a count.
        if (draft.Kind == MentionKind.Quantity && !draft.Unit.IsCurrency() && tables.Indefinite.Contains(text.Text[numeral.Start..numeral.End]))
        {
            draft = draft with { Kind = MentionKind.Number, Unit = MentionUnit.None };
        }

        return tails.Milestone(tails.Decline(tails.Subunits(draft, numeral)));
    }

    // "2.3m jobs", "5m tonnes": an m written onto the numeral with a counted noun after it is a million, not metres ("5 m").
    private bool MillionOfNoun(int numberEnd, int m) =>
        m == numberEnd && m + 2 < text.Length && text[m + 1] == ' ' && tables.HeadNouns.Match(text.Text, m + 2, out _) is var noun and > 0
        && text.WordBoundaryAfter(m + 2 + noun);

    private MentionDraft ApplySuffixUnit(MentionDraft draft, Numeral numeral, TableWord word, int start, int end, PrefixSet prefixes, ref decimal factor)
    {
        switch (word.Role)
        {
            case WordRole.Percent:
                draft = SetUnit(draft, MentionKind.Percent, MentionUnit.Percent, start, end);
                factor *= word.Factor;
                break;
            case WordRole.PercentagePoints:
                draft = SetUnit(draft, MentionKind.PercentagePoints, MentionUnit.PercentagePoints, start, end);
                break;
            case WordRole.Tenths:
                draft = SetUnit(draft, MentionKind.Percent, MentionUnit.Percent, start, end);
                factor *= 10;
                draft = TenthsTail(draft);
                break;
            case WordRole.Discount when draft.Value is { } v && v > 0 && v < 100 && v != 10:
                draft = SetUnit(draft, MentionKind.Percent, MentionUnit.Percent, start, end);
                factor *= v < 10 ? 10 : 1;
                break;
            case WordRole.Currency:
                draft = SetUnit(draft, MentionKind.Quantity, IsYuanOf(word, prefixes) ? prefixes.Currency : Yuan(word), start, end);
                break;
            case WordRole.Measure:
                draft = SetUnit(draft, MentionKind.Quantity, headNouns.InContext(word.Unit, start, end, draft.Start), start, end);
                factor *= word.Factor;
                if (word.LooksAhead)
                {
                    draft = headNouns.HeadNoun(draft, end, prefixes.FirstStart);
                }

                break;
        }

        return draft;
    }

    // 新台幣120億元, 人民幣2億元: bare 元 after a yuan named before the figure is that yuan.
    private static bool IsYuanOf(TableWord word, in PrefixSet prefixes) =>
        word.Yuan == YuanForm.Bare && prefixes.CurrencyStart >= 0 && (prefixes.Currency == MentionUnit.CNY || prefixes.CurrencyYuan == YuanForm.Named);

    // A Macau release names 澳門元 at its first amount and writes bare 元 after it; a release whose first amount is
    // 人民币 (bare 元 or named) means 人民币 by every bare 元, though it names 港元 later (「（約26.7萬億港元）」).
    // Naming 人民币 after a local yuan brings 人民币 back.
    private MentionUnit Yuan(TableWord word)
    {
        if (word.Yuan == YuanForm.Bare && state.LocalYuan is { } local)
        {
            return local;
        }

        Named(word.Unit, word.Yuan);
        return word.Unit;
    }

    private void Named(MentionUnit currency, YuanForm form)
    {
        if (currency == MentionUnit.CNY)
        {
            state.LocalYuan = null;
            state.YuanIsRenminbi = true;
        }
        else if (form == YuanForm.Named && !state.YuanIsRenminbi)
        {
            state.LocalYuan = currency;
        }
    }

    private static MentionDraft SetUnit(MentionDraft draft, MentionKind kind, MentionUnit unit, int start, int end)
    {
        draft = draft with { Kind = kind, Unit = unit, End = end, MeasureWord = null, MeasureStart = start };

        return draft;
    }

    // 七成 六 = 76%, 三成半 = 35%.
    private MentionDraft TenthsTail(MentionDraft draft)
    {
        var k = text.SkipInline(draft.End);
        if (k >= text.Length || draft.Value is not { } v)
        {
            return draft;
        }

        if (text[k] == '半')
        {
            draft = draft with { Value = v + 0.5m, End = k + 1 };
        }
        else if (tables.ClassOf(text[k]) == NumeralClass.Digit && (k + 1 >= text.Length || tables.ClassOf(text[k + 1]) == NumeralClass.None)
            && !tables.NotInDecimals.Contains(text[k]))
        {
            draft = draft with { Value = v + (tables.ValueOf(text[k]) / 10m), End = k + 1 };
        }

        return draft;
    }

    private MentionDraft ApplyPrefixUnits(MentionDraft draft, PrefixSet prefixes, ref decimal factor)
    {
        if (prefixes.PercentStart >= 0 && draft.Kind is MentionKind.Number or MentionKind.PercentagePoints)
        {
            if (draft.Kind == MentionKind.Number)
            {
                draft = draft with { Kind = MentionKind.Percent, Unit = MentionUnit.Percent };
                factor *= prefixes.PercentFactor;
            }

            draft = draft with { Start = Math.Min(draft.Start, prefixes.PercentStart) };
        }

        if (prefixes.CurrencyStart >= 0 && (draft.Kind == MentionKind.Number || draft.Unit.IsCurrency()))
        {

            if (draft.Kind == MentionKind.Number)
            {
                draft = draft with { Unit = prefixes.Currency, MeasureWord = prefixes.CurrencyWord };
            }

            draft = draft with { Kind = MentionKind.Quantity, Start = Math.Min(draft.Start, prefixes.CurrencyStart) };
        }

        if (prefixes.ContextStart >= 0 && draft.Unit == MentionUnit.Km && prefixes.ContextUnit == MentionUnit.KmPerHour)
        {
            draft = draft with { Unit = MentionUnit.KmPerHour, Start = Math.Min(draft.Start, prefixes.ContextStart) };
        }

        if (draft.MeasureStart >= 0 && draft.MeasureWord is null && draft.Kind is MentionKind.Quantity)
        {
            draft = draft with { MeasureWord = text.Text[draft.MeasureStart..draft.End] };
        }

        return draft;
    }


    private static MentionDraft Scale(MentionDraft draft, decimal factor)
    {
        if (factor == 1)
        {
            return draft;
        }

        draft = draft with { Value = Multiply(draft.Value, factor), ValueHigh = Multiply(draft.ValueHigh, factor) };

        return draft;
    }

    private static decimal? Multiply(decimal? value, decimal factor)
    {
        if (value is not { } v)
        {
            return null;
        }

        try
        {
            return v * factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
