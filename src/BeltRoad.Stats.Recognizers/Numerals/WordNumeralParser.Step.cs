using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Numerals;

internal sealed partial class WordNumeralParser
{
    private Last last;

    // One token: "and", "point", digits, a number word, a scale word, a fraction/ordinal word, or "over"/"out of".
    private bool Step(string text, int k, ref WordState s, out int next)
    {
        next = k;
        if (s.Done)
        {
            return false;
        }

        if (s.Count == 0 && !s.Article)
        {
            last = Last.None;
        }

        var hyphen = PrecededByHyphen(text, k);
        if (s.Count > 0 && tables.WordJoiners.Match(text, k, out _) is var andLength and > 0 && IsBoundary(text, k + andLength)
            && last is Last.Hundred or Last.Scale or Last.Unit or Last.Teen or Last.Tens or Last.Digits)
        {
            s.WholeAtAnd = s.Value;
            s.EndAtAnd = s.GoodEnd;
            s.ValueAtAnd = s.GoodValue;
            s.AfterAnd = true;
            s.AndAfterScale = last == Last.Scale && s.LastBig > 0;
            s.AndJoinsGroups = last is Last.Hundred or Last.Scale;
            last = Last.And;
            next = k + andLength;
            if (TryArticle(text, Separator(text, next, true), out var afterArticle))
            {
                s.Article = true;
                next = afterArticle;
            }

            return true;
        }

        if (s.Count > 0 && last != Last.And && StartsWithWord(text, k, "point") && IsBoundary(text, k + 5))
        {
            return Point(text, k + 5, ref s, out next);
        }

        if (s.Count > 0 && last is not Last.And && (StartsWithWord(text, k, "over") && IsBoundary(text, k + 4) || StartsWithWord(text, k, "out of") && IsBoundary(text, k + 6)))
        {
            var outOf = text[k + 1] is not ('v' or 'V');
            return Over(text, k + (outOf ? 6 : 4), outOf, ref s, out next);
        }

        // "3 hundred and 21" continues a number; "2013 and 2022" is two numbers ("and" after digits joins nothing), and so
        // are "3.74 million 20-foot units" (a decimal before the scale, an adjective after the digits).
        if (ArabicParser.IsDigit(text[k]) && (last is Last.Hundred or Last.Scale || (last == Last.And && s.AndJoinsGroups)))
        {
            if (s.DecimalDigits || !ArabicParser.TryParse(text, k, tables.SpaceGrouping, out var digits) || digits.Value is not { } v || v == 0
                || (digits.End < text.Length && char.IsAsciiLetter(text[digits.End])) || HyphenatedAdjective(digits.End))
            {
                return false;
            }

            s.SinceHundred += v;
            s.Count++;
            last = Last.Digits;
            next = digits.End;
            s.Commit(next);
            return true;
        }

        var length = WordAt(text, k, tables.Words, out var word);
        if (length > 0)
        {
            return NumberWord(k + length, word, hyphen, ref s, out next);
        }

        length = WordAt(text, k, tables.WordScales, out var scale);
        if (length > 0)
        {
            return Scale(k + length, scale, ref s, out next);
        }

        return Fraction(text, k, hyphen, ref s, out next);
    }

    private bool NumberWord(int end, long value, bool hyphen, ref WordState s, out int next)
    {
        next = end;
        var allowed = value switch
        {
            0 => last == Last.None,
            < 10 => last is Last.None or Last.Tens or Last.Hundred or Last.Scale or Last.And,
            _ => last is Last.None or Last.Hundred or Last.Scale or Last.And,
        };
        // "1.09 million twenty-foot units": a number word hyphenated to a noun is an adjective, not the number's tail.
        allowed &= s.Count == 0 || !HyphenatedAdjective(end);
        if (!allowed || (last == Last.Tens && value >= 10))
        {
            // "one twenty-fifth", "twenty twenty fifths": a tens word that cannot continue the numerator
            // may still start a compound denominator.
            if (value >= 20 && value % 10 == 0 && s.DenominatorTens == 0 && OrdinalFollows(end))
            {
                s.DenominatorTens = value;
                next = end;
                return true;
            }

            return false;
        }

        s.TokenBeforeLastWasAnd = last == Last.And;
        s.SinceHundred += value;
        s.Count++;
        s.LastTokenValue = value;
        s.LastTokenWasTens = value >= 20 && value % 10 == 0;
        s.HyphenBeforeLast = hyphen;
        // nought/zero ends the integer part: only "point" may follow it.
        last = value == 0 ? Last.Teen : value < 10 ? Last.Unit : value < 20 ? Last.Teen : Last.Tens;

        s.Commit(end);
        return true;
    }

    private bool Scale(int end, long scale, ref WordState s, out int next)
    {
        next = end;
        var bare = s.Count == 0 && s.Article;
        if (scale == 100 && s.Count == 0 && !s.Article
            && WordAt(currentText, Separator(currentText, end, true), tables.WordScales, out var above) > 0 && above > 100)
        {
            // "hundred thousand dollars": a bare hundred before a larger scale is one hundred.
            s.Article = bare = true;
        }

        if (scale == 100)
        {
            if (s.Hundreds != 0 && s.AfterAnd)
            {
                // "3 hundred and 2 hundred": two numbers; the first ends before "and".
                s.GoodEnd = s.EndAtAnd;
                s.GoodValue = s.ValueAtAnd;
                s.Done = true;
                return true;
            }

            if (s.Hundreds != 0 || (!bare && last is not (Last.Unit or Last.Teen or Last.Tens or Last.Digits)))
            {
                return false;
            }

            var flags = NumeralFlags.None;
            s.Hundreds = SafeMath.Multiply(bare ? 1 : s.SinceHundred, 100, ref flags);
            s.SinceHundred = 0;
            last = Last.Hundred;
        }
        else
        {
            if (s.AfterAnd && s.AndAfterScale && s.LastBig != 0 && scale >= s.LastBig)
            {
                // "5 billion and 3 billion shillings": a scale no smaller than the one before "and" starts a second
                // number ("two million and four hundred thousand" is one); the first ends before "and".
                s.GoodEnd = s.EndAtAnd;
                s.GoodValue = s.ValueAtAnd;
                s.Done = true;
                return true;
            }

            var group = s.Hundreds + s.SinceHundred;
            if (group == 0 && !bare && !(last == Last.Scale && s.LastBig != 0 && scale > s.LastBig))
            {
                return false;
            }

            group = bare ? 1 : s.Hundreds + s.SinceHundred;
            if (s.FractionAfterAnd && !s.AndAfterScale)
            {
                // "five and a half million" = 5.5 million.
                group += s.Total;
                s.Total = 0;
            }

            s.FractionScale = 1;
            s.FractionAfterAnd = false;
            var flags = NumeralFlags.None;
            s.Total = s.LastBig != 0 && scale >= s.LastBig ? SafeMath.Multiply(SafeMath.Add(s.Total, group, ref flags), scale, ref flags)
                : SafeMath.Add(s.Total, SafeMath.Multiply(group, scale, ref flags), ref flags);
            if (flags != NumeralFlags.None)
            {
                return false;
            }

            s.LastBig = scale;
            s.Hundreds = 0;
            s.SinceHundred = 0;
            last = Last.Scale;
        }

        s.Count++;
        s.GoodScaled = true;
        s.Commit(end);
        return true;
    }

    private bool TryDenominator(string text, int j, out Numeral den)
    {
        var saved = last;
        var ok = ArabicParser.IsDigit(text[j]) ? ArabicParser.TryParse(text, j, false, out den) : TryParse(text, j, out den);
        last = saved;
        return ok;
    }

    private bool HyphenatedAdjective(int end)
    {
        var text = currentText;
        if (end + 1 >= text.Length || text[end] != '-' || !char.IsAsciiLetter(text[end + 1]))
        {
            return false;
        }

        var k = end + 1;
        return tables.Words.Match(text, k, out _) == 0 && tables.Ordinals.Match(text, k, out _) == 0
            && tables.Fractions.Match(text, k, out _) == 0 && tables.WordScales.Match(text, k, out _) == 0;
    }

    private bool OrdinalFollows(int end)
    {
        var text = currentText;
        var k = Separator(text, end, true);
        return k < text.Length && tables.Ordinals.Match(text, k, out var ord) > 0 && ord < 10;
    }

    // Looks back over spaces only, so each token costs O(its own gap), never O(position).
    private static bool PrecededByHyphen(string text, int k)
    {
        var b = k - 1;
        while (b >= 0 && CharFold.IsInlineSpace(text[b]))
        {
            b--;
        }

        return b >= 0 && text[b] == '-';
    }

    private static bool IsBoundary(string text, int end) => end >= text.Length || !char.IsAsciiLetter(text[end]);
}
