
namespace BeltRoad.Stats.Recognizers.Numerals;

internal sealed partial class WordNumeralParser
{
    // "two thirds", "a half", "one and a half", "three twenty-firsts", "first" (an ordinal when nothing counts it).
    private bool Fraction(string text, int k, bool hyphen, ref WordState s, out int next)
    {
        next = k;
        long denominator;
        var isHalfOrQuarter = false;
        var length = WordAt(text, k, tables.Fractions, out denominator);
        if (length > 0)
        {
            isHalfOrQuarter = true;
        }
        else
        {
            length = tables.Ordinals.Match(text, k, out denominator);
            if (length == 0)
            {
                return false;
            }

            if (k + length < text.Length && text[k + length] is 's' or 'S')
            {
                length++;
            }

            if (!IsBoundary(text, k + length))
            {
                return false;
            }
        }

        var end = k + length;
        var numerator = s.Value;
        var whole = 0m;
        var scaleUnit = 1m;
        if (s.DenominatorTens != 0)
        {
            denominator += (long)s.DenominatorTens;
        }
        else if (s.LastTokenWasTens && denominator < 10 && last == Last.Tens && !s.TokenBeforeLastWasAnd
            && (hyphen || numerator - s.LastTokenValue != 0))
        {
            // twenty-first, one hundred thirty fifths: a tens word right before a unit ordinal joins the denominator.
            denominator += (long)s.LastTokenValue;
            numerator -= s.LastTokenValue;
        }

        // A proper fraction after "and" is the fractional part: "twenty and three fifths" = 20 + 3/5; an improper one
        // takes the whole: "one hundred and thirty fifths" = 130/5 (the peer's reading).
        if (s.AfterAnd && s.WholeAtAnd != 0 && (s.Value - s.WholeAtAnd < denominator || s.AndAfterScale))
        {
            s.FractionAfterAnd = true;
            s.FractionEverAfterAnd = true;
            whole = s.WholeAtAnd;
            numerator = s.Value - s.WholeAtAnd;
            scaleUnit = s.AndAfterScale ? s.LastBig : 1;
        }

        if (numerator == 0 && s.Article)
        {
            numerator = 1;
        }

        if (numerator == 0)
        {
            if (!isHalfOrQuarter)
            {
                if (s.Count > 0 && last != Last.Tens)
                {
                    return false;
                }

                // An ordinal: first, twenty-first, hundredth.
                s.Total = denominator;
                s.Hundreds = 0;
                s.SinceHundred = 0;
                s.IsOrdinal = true;
                s.Count++;
                s.Done = true;
                next = end;
                s.Commit(end);
                return true;
            }

            numerator = 1;
        }

        s.Total = whole;
        s.Hundreds = 0;
        s.SinceHundred = numerator / denominator;
        s.FractionScale = scaleUnit;
        s.DenominatorTens = 0;
        s.Count++;
        last = Last.Unit;
        next = end;
        s.Commit(end);
        return true;
    }
}
