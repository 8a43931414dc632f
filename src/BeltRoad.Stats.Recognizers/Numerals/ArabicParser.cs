using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>
/// Arabic digits, half- or full-width: grouping commas (1,152), a decimal point, exponents (2e5, 1.1^23) and,
/// where the table says so, space grouping (1 234 567). Hand-written so each character is read once.
/// </summary>
internal static class ArabicParser
{
    private const int MaxDigits = 27;

    private static readonly decimal[] NegativePowers = BuildPowers();

    /// <summary>Unicode vulgar fractions (½, ⅔, ¾ …): one character, one value.</summary>
    public static decimal? VulgarFraction(char c) => c switch
    {
        '½' => 0.5m, '⅓' => 1m / 3, '⅔' => 2m / 3, '¼' => 0.25m, '¾' => 0.75m, '⅕' => 0.2m, '⅖' => 0.4m, '⅗' => 0.6m,
        '⅘' => 0.8m, '⅙' => 1m / 6, '⅚' => 5m / 6, '⅛' => 0.125m, '⅜' => 0.375m, '⅝' => 0.625m, '⅞' => 0.875m,
        _ => null,
    };

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\uFF10' and <= '\uFF19');

    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '\uFF10';

    /// <summary>Parses at <paramref name="pos"/>; returns false when there is no digit (".5" is allowed).</summary>
    public static bool TryParse(string text, int pos, bool spaceGrouping, out Numeral numeral)
    {
        numeral = default;
        if (pos < text.Length && VulgarFraction(text[pos]) is { } vulgar)
        {
            numeral = new Numeral(pos, pos + 1, vulgar, NumeralFlags.Arabic | NumeralFlags.Fraction, 0);
            return true;
        }

        var i = pos;
        decimal value = 0;
        var digits = 0;
        var overflow = false;
        var groupDigits = 0;
        var grouped = false;
        while (i < text.Length && IsDigit(text[i]))
        {
            Accumulate(ref value, ref digits, ref overflow, DigitValue(text[i]));
            groupDigits++;
            i++;
        }

        // Indian grouping: "12,34,567.89", pairs of digits after the first group, the last group of three.
        if (groupDigits is 1 or 2 && IndianGroupsEnd(text, i) is var indianEnd and > 0)
        {
            for (; i < indianEnd; i++)
            {
                if (IsDigit(text[i]))
                {
                    Accumulate(ref value, ref digits, ref overflow, DigitValue(text[i]));
                }
            }

            groupDigits = 3;
            grouped = true;
        }

        // Grouping: ",ddd" (or space + ddd when the culture groups with spaces) not followed by another digit.
        while (digits > 0 && i < text.Length)
        {
            var sep = CharFold.Fold(text[i]);
            // A full-width comma groups only full-width digits (４，５６５); after 20 it is the Chinese clause comma.
            var isComma = text[i] == ',' || (text[i] == '，' && text[i - 1] >= '\uFF10');
            var isSpace = spaceGrouping && (sep == ' ' || text[i] is '\u202F' or '\u00A0') && groupDigits <= 3;
            if (!(isComma || isSpace) || !ThreeDigitsAt(text, i + 1))
            {
                break;
            }

            for (var k = 1; k <= 3; k++)
            {
                Accumulate(ref value, ref digits, ref overflow, DigitValue(text[i + k]));
            }

            groupDigits = 3;
            grouped = true;
            i += 4;
        }

        var intDigits = digits;
        if (i + 1 < text.Length && CharFold.Fold(text[i]) == '.' && IsDigit(text[i + 1]))
        {
            i++;
            var scale = 0;
            while (i < text.Length && IsDigit(text[i]))
            {
                if (scale < 20 && !overflow)
                {
                    scale++;
                    value += DigitValue(text[i]) * Pow10Neg(scale);
                }

                i++;
            }
        }

        if (digits == 0 && i == pos)
        {
            return false;
        }

        ScanMeter.Add(i - pos + 1);
        var flags = NumeralFlags.Arabic | (overflow ? NumeralFlags.Overflow : NumeralFlags.None) | (grouped ? NumeralFlags.Grouped : NumeralFlags.None);
        i = Exponent(text, i, ref value, ref flags);
        numeral = new Numeral(pos, i, overflow ? null : value, flags, intDigits);
        return true;
    }

    // ",34,567": one pair or more of ",dd", then ",ddd" and no digit after; the end of the last group, else -1.
    private static int IndianGroupsEnd(string text, int at)
    {
        var k = at;
        var pairs = 0;
        while (k + 3 < text.Length && text[k] == ',' && IsDigit(text[k + 1]) && IsDigit(text[k + 2]) && text[k + 3] == ',')
        {
            k += 3;
            pairs++;
        }

        return pairs > 0 && k < text.Length && text[k] == ',' && ThreeDigitsAt(text, k + 1) ? k + 4 : -1;
    }

    private static bool ThreeDigitsAt(string text, int at) =>
        at + 2 < text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2])
        && (at + 3 >= text.Length || !IsDigit(text[at + 3]));

    private static void Accumulate(ref decimal value, ref int digits, ref bool overflow, int d)
    {
        if (digits >= MaxDigits)
        {
            overflow = true;
            return;
        }

        value = (value * 10) + d;
        if (value != 0 || digits > 0)
        {
            digits++;
        }
    }

    // 2e5, 12.32e+14, 2^5, 1.1^+23, 1.3x10^6: the exponent must have digits, or the letter is not ours.
    private static int Exponent(string text, int i, ref decimal value, ref NumeralFlags flags)
    {
        if (i >= text.Length)
        {
            return i;
        }

        var marker = CharFold.Fold(text[i]);
        var timesTen = marker is 'x' or 'X' or '×' && text.AsSpan(i + 1).StartsWith("10^", StringComparison.Ordinal);
        if (marker is not ('e' or 'E' or '^') && !timesTen)
        {
            return i;
        }

        var j = timesTen ? i + 4 : i + 1;
        var negative = false;
        while (j < text.Length && CharFold.Fold(text[j]) is '+' or '-')
        {
            negative ^= CharFold.Fold(text[j]) == '-';
            j++;
        }

        var start = j;
        var exp = 0;
        while (j < text.Length && IsDigit(text[j]) && j - start < 3)
        {
            exp = (exp * 10) + DigitValue(text[j]);
            j++;
        }

        if (j == start || (j < text.Length && char.IsAsciiLetter(text[j])))
        {
            return i;
        }

        double result = marker == '^' && !timesTen
            ? Math.Pow((double)value, negative ? -exp : exp)
            : (double)value * Math.Pow(10, negative ? -exp : exp);
        if (double.IsFinite(result) && Math.Abs(result) < 7.9e27)
        {
            value = (decimal)result;
        }
        else
        {
            flags |= NumeralFlags.Overflow;
        }

        return j;
    }

    private static decimal Pow10Neg(int scale) => NegativePowers[scale];

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[21];
        powers[0] = 1m;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] / 10;
        }

        return powers;
    }
}
