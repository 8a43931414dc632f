using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Candidates;

/// <summary>X分之Y, A又X分之Y, 3/5 and 1 3/5: a numeral extended into the fraction it starts.</summary>
internal sealed class Fractions(ScanText text)
{
    public Numeral Read(Numeral numeral)
    {
        var tables = text.Tables;
        var k = text.SkipInline(numeral.End);
        if (tables.HasFractions && k < text.Length && text[k] == tables.FractionFirst)
        {
            var z = text.SkipInline(k + 1);
            if (z < text.Length && text[z] == tables.FractionSecond)
            {
                var y = text.SkipInline(z + 1);
                if (text.TryNumeral(y, false, out var numerator) && numerator.Value is { } top && numeral.Value is { } bottom
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
            var y = text.SkipInline(k + 1);
            if (text.TryNumeral(y, false, out var part))
            {
                var fraction = Read(part);
                if (fraction.Has(NumeralFlags.Fraction) && fraction.Value is { } f && numeral.Value is { } whole)
                {
                    var value = whole < 0 ? whole - f : whole + f;
                    return new Numeral(numeral.Start, fraction.End, value, numeral.Flags | NumeralFlags.Fraction, 0);
                }
            }
        }

        return ReadSlash(numeral);
    }

    private Numeral ReadSlash(Numeral numeral)
    {
        if (!numeral.Has(NumeralFlags.Arabic) || numeral.Has(NumeralFlags.Chinese) || numeral.IntegerDigits > 3
            || numeral.Value is not { } whole || whole != decimal.Truncate(whole))
        {
            return numeral;
        }

        // "1 3/5": a whole number, a space, then a simple fraction.
        if (numeral.End < text.Length && CharFold.IsInlineSpace(text[numeral.End]))
        {
            var m = text.SkipInline(numeral.End);
            if (ArabicParser.TryParse(text.Text, m, false, out var top) && TryDenominator(top, out var den, out var d) && top.Value is { } t)
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
            || !ArabicParser.TryParse(text.Text, top.End + 1, false, out var den) || den.IntegerDigits > 3
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
