using System.Globalization;

namespace BeltRoad.Stats.Recognizers.Numerals;

internal sealed partial class WordNumeralParser
{
    // "point zero three" = .03, "point seventy-one" = .71, "point eleven" = .11
    private bool Point(string text, int k, ref WordState s, out int next)
    {
        next = k;
        var digits = new System.Text.StringBuilder();
        var i = k;
        while (true)
        {
            var j = Separator(text, i, true);
            if (j >= text.Length || WordAt(text, j, tables.Words, out var v) is not (var length and > 0))
            {
                break;
            }

            if (digits.Length > 0 && digits[^1] == '0' && v < 10 && v > 0 && PrecededByHyphen(text, j))
            {
                digits[^1] = (char)('0' + v);
            }
            else
            {
                digits.Append(v.ToString(CultureInfo.InvariantCulture));
            }

            i = j + length;
        }

        if (digits.Length == 0)
        {
            return false;
        }

        s.SinceHundred += decimal.Parse("0." + digits, CultureInfo.InvariantCulture);
        s.Count++;
        s.Done = true;
        next = i;
        s.Commit(i);
        return true;
    }

    // "one over three" is a fraction; "$2000 over 3 years" is not; "12 out of 10" is two numbers.
    private bool Over(string text, int k, bool outOf, ref WordState s, out int next)
    {
        next = k;
        var j = Separator(text, k, true);
        if (j >= text.Length || !TryDenominator(text, j, out var den) || den.Value is not { } d || d == 0)
        {
            return false;
        }

        var after = CjkNumeralParser.SkipInline(text, den.End);
        if ((!outOf && after > den.End && after < text.Length && char.IsAsciiLetter(text[after])) || (outOf && s.Value > d))
        {
            return false;
        }

        if (SafeMath.Divide(s.Value, d) is not { } value)
        {
            return false;
        }

        s.Total = value;
        s.Hundreds = 0;
        s.SinceHundred = 0;
        s.Done = true;
        next = den.End;
        s.Commit(next);
        return true;
    }
}
