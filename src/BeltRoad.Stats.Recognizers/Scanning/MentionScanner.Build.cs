using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    /// <summary>Turns prefixes + numeral (+ suffixes read here) into one mention; returns where scanning resumes.</summary>
    private int Build(PrefixSet prefixes, Numeral numeral)
    {
        numeral = ReadFraction(numeral);
        if (prefixes.SignStart >= 0 && numeral.Value is { } signed)
        {
            // "minus five point five", "negative one": the sign is a word before the numeral.
            numeral = new Numeral(prefixes.SignStart, numeral.End, -signed, numeral.Flags | NumeralFlags.Negative, numeral.IntegerDigits);
        }

        var draft = new MentionDraft
        {
            Start = numeral.Start,
            End = numeral.End,
            NumberStart = numeral.Start,
            NumberEnd = numeral.End,
            Value = numeral.Value,
            NumberValue = numeral.Value,
        };

        if (TryLabel(prefixes, numeral, draft))
        {
            Emit(draft);
            return draft.End;
        }

        if (prefixes.OrdinalStart >= 0 || numeral.Has(NumeralFlags.Ordinal))
        {
            draft.Kind = MentionKind.Ordinal;
            draft.Start = prefixes.OrdinalStart >= 0 ? prefixes.OrdinalStart : numeral.Start;
            var k = CjkNumeralParser.SkipInline(text, draft.End);
            var length = tables.Suffixes.Match(text, k, out var word);
            if (length == 0 || word is null || word.Role is WordRole.Qualifier || BlockerLength(k) >= length)
            {
                length = 0;
            }

            // 第二次, 第四大: ordinal counters that are not units.
            length = Math.Max(length, numeral.Has(NumeralFlags.Ordinal) ? 0 : tables.OrdinalSuffixes.Match(text, k, out _));
            if (length > 0)
            {
                draft.End = k + length;
                draft.MeasureWord = text[k..draft.End];
            }

            Emit(draft);
            return draft.End;
        }

        if ((prefixes.VagueStart >= 0 && StartsWithScale(numeral)) || numeral.Has(NumeralFlags.Vague))
        {
            draft.Kind = MentionKind.Vague;
            draft.Value = null;
            draft.Start = prefixes.VagueStart >= 0 && StartsWithScale(numeral) ? prefixes.VagueStart : numeral.Start;
            ReadUnit(draft, prefixes, numeral);
            draft.Kind = MentionKind.Vague;
            draft.Value = null;
            draft.Unit = MentionUnit.None;
            Emit(draft);
            return draft.End;
        }

        var ranged = TryRange(prefixes, numeral, draft, out var high);
        if (ranged ? TryYearSpan(prefixes, numeral, high, draft) || TryMonthSpan(prefixes, numeral, draft) : TryDate(prefixes, numeral, draft))
        {
            Emit(draft);
            return draft.End;
        }

        ReadUnit(draft, prefixes, numeral);
        if (draft.Kind == MentionKind.Number && draft.Qualifier == MentionQualifier.Exact && prefixes.QualifierStart < 0
            && TryShortQuoteLabel(draft))
        {
            Emit(draft);
            return draft.End;
        }

        Emit(draft);
        return draft.End;
    }

    private bool StartsWithScale(Numeral numeral) =>
        tables.ClassOf(text[numeral.Start]) is NumeralClass.SmallScale or NumeralClass.BigScale;

    private int BlockerLength(int at) => tables.MeasureBlockers.Match(text, at, out _);

    // X分之Y, A又X分之Y and 3/5: the peer's fraction forms.
    private Numeral ReadFraction(Numeral numeral)
    {
        var k = CjkNumeralParser.SkipInline(text, numeral.End);
        if (tables.HasFractions && k < text.Length && text[k] == tables.FractionFirst)
        {
            var z = CjkNumeralParser.SkipInline(text, k + 1);
            if (z < text.Length && text[z] == tables.FractionSecond)
            {
                var y = CjkNumeralParser.SkipInline(text, z + 1);
                if (TryNumeral(y, false, out var numerator) && numerator.Value is { } top && numeral.Value is { } bottom
                    && SafeMath.Divide(top, bottom) is { } value)
                {
                    if (numeral.Has(NumeralFlags.Negative) && numerator.Has(NumeralFlags.Negative))
                    {
                        value = Math.Abs(value);
                    }

                    return new Numeral(numeral.Start, numerator.End, value, numeral.Flags | NumeralFlags.Fraction, 0);
                }
            }
        }

        if (k < text.Length && tables.ClassOf(text[k]) == NumeralClass.Join)
        {
            var y = CjkNumeralParser.SkipInline(text, k + 1);
            if (TryNumeral(y, false, out var part))
            {
                var fraction = ReadFraction(part);
                if (fraction.Has(NumeralFlags.Fraction) && fraction.Value is { } f && numeral.Value is { } whole)
                {
                    var value = whole < 0 ? whole - f : whole + f;
                    return new Numeral(numeral.Start, fraction.End, value, numeral.Flags | NumeralFlags.Fraction, 0);
                }
            }
        }

        return ReadSlashFraction(numeral);
    }

    private Numeral ReadSlashFraction(Numeral numeral)
    {
        if (!numeral.Has(NumeralFlags.Arabic) || numeral.Has(NumeralFlags.Chinese) || numeral.IntegerDigits > 3
            || numeral.Value is not { } whole || whole != decimal.Truncate(whole))
        {
            return numeral;
        }

        // "1 3/5": a whole number, a space, then a simple fraction.
        if (numeral.End < text.Length && CharFold.IsInlineSpace(text[numeral.End]))
        {
            var m = CjkNumeralParser.SkipInline(text, numeral.End);
            if (ArabicParser.TryParse(text, m, false, out var top) && TryDenominator(top, out var den, out var d) && top.Value is { } t)
            {
                var sign = whole < 0 ? -1 : 1;
                return new Numeral(numeral.Start, den, whole + (sign * t / d), numeral.Flags | NumeralFlags.Fraction, 0);

            }

            return numeral;
        }

        return TryDenominator(numeral, out var end, out var denominator)
            ? new Numeral(numeral.Start, end, whole / denominator, numeral.Flags | NumeralFlags.Fraction, 0)
            : numeral;
    }

    private bool TryDenominator(Numeral top, out int end, out decimal denominator)
    {
        end = 0;
        denominator = 0;
        if (top.IntegerDigits > 3 || top.End + 1 >= text.Length || CharFold.Fold(text[top.End]) != '/'
            || !ArabicParser.TryParse(text, top.End + 1, false, out var den) || den.IntegerDigits > 3
            || den.Value is not { } d || d == 0 || d != decimal.Truncate(d)
            || (den.End < text.Length && (CharFold.Fold(text[den.End]) == '/' || ArabicParser.IsDigit(text[den.End]))))
        {
            return false;
        }

        end = den.End;
        denominator = d;
        return true;
    }
}
