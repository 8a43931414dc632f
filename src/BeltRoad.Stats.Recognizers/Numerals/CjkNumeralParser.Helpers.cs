using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Numerals;

internal sealed partial class CjkNumeralParser
{
    public static int SkipInline(string text, int i)
    {
        var start = i;
        while (i < text.Length && CharFold.IsInlineSpace(text[i]))
        {
            i++;
        }

        if (i > start)
        {
            ScanMeter.Add(i - start);
        }

        return i;
    }

    public bool StartsNumber(string text, int i) =>
        i < text.Length && (tables.ClassOf(text[i]) is NumeralClass.Arabic or NumeralClass.Digit or NumeralClass.Zero
            or NumeralClass.SmallScale or NumeralClass.BigScale
            || (CharFold.Fold(text[i]) == '.' && i + 1 < text.Length && ArabicParser.IsDigit(text[i + 1]))
            || ArabicParser.VulgarFraction(text[i]) is not null);

    // 四百五 = 450, 一万三 = 13000: a lone trailing digit right after a scale takes the next lower unit.
    private static decimal? Abbreviate(decimal? pending, NumeralAtom atom, NumeralAtom before, bool zeroBefore, long lastScale)
    {
        var flags = NumeralFlags.None;
        return atom == NumeralAtom.Digit && before == NumeralAtom.Scale && !zeroBefore && lastScale >= 10 && pending is { } p
            ? SafeMath.Multiply(p, lastScale / 10, ref flags)
            : pending;
    }

    // Inside a numeral a space may only separate Chinese numeral parts (一百 五 十 二, 7 万5 千) or a scale and digits.
    private bool SpaceMayJoin(string text, int j, NumeralAtom atom)
    {
        var cls = tables.ClassOf(text[j]);
        return cls switch
        {
            NumeralClass.Digit or NumeralClass.Zero => atom is NumeralAtom.Scale or NumeralAtom.Infix,
            NumeralClass.SmallScale or NumeralClass.BigScale => true,
            NumeralClass.Infix => atom is NumeralAtom.Scale or NumeralAtom.Digit or NumeralAtom.Arabic,
            NumeralClass.Point => atom != NumeralAtom.Arabic,
            NumeralClass.Arabic => atom == NumeralAtom.Scale && ArabicThenScale(text, j),
            _ => false,
        };
    }

    // "7万 5千": digits after a space belong to the numeral only when a scale follows them.
    private bool ArabicThenScale(string text, int j)
    {
        if (!ArabicParser.TryParse(text, j, false, out var arabic))
        {
            return false;
        }

        var k = SkipInline(text, arabic.End);
        return k < text.Length && tables.ClassOf(text[k]) is NumeralClass.SmallScale or NumeralClass.BigScale;
    }

    // 点五五四四, 点 五, 點叁叁: digits after the point are read one by one (两 is never a decimal digit).
    private bool TryDecimals(string text, int i, out decimal fraction, out int end)
    {
        fraction = 0;
        end = i;
        var k = SkipInline(text, i);
        decimal unit = 0.1m;
        var any = false;
        while (k < text.Length)
        {
            var c = text[k];
            var cls = tables.ClassOf(c);
            if ((cls is NumeralClass.Digit or NumeralClass.Zero && !tables.NotInDecimals.Contains(c)) || cls == NumeralClass.Arabic)
            {
                var d = cls == NumeralClass.Arabic ? ArabicParser.DigitValue(c) : tables.ValueOf(c);
                if (unit > 0.0000000000000000001m)
                {
                    fraction += d * unit;
                    unit /= 10;
                }

                any = true;
                end = k + 1;
                k = SkipInline(text, k + 1);
                continue;
            }

            break;
        }

        return any;
    }
}
