using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>
/// Chinese numerals mixed freely with Arabic digits: 一万五千亿, 3万4000, 2千零30万, 九万四 (= 94000), 十余万,
/// 两千万点五五四四, 二〇二三. One left-to-right pass over the characters, driven by the culture's char classes:
/// one small read step per class over a <see cref="CjkReading"/>.
/// </summary>
internal sealed partial class CjkNumeralParser
{
    private readonly CultureTables tables;

    public CjkNumeralParser(CultureTables tables) => this.tables = tables;

    /// <summary>Parses the longest numeral at <paramref name="pos"/>. A lone 万 is accepted only when asked (近万名).</summary>
    public bool TryParse(string text, int pos, bool allowLoneScale, out Numeral numeral)
    {
        var ok = TryParseCore(text, pos, allowLoneScale, out numeral, out var reach);
        ScanMeter.Add(reach - pos + 1);
        return ok;
    }

    // An optional sign, then one read step per character class until a step stops; then the value is settled.
    private bool TryParseCore(string text, int pos, bool allowLoneScale, out Numeral numeral, out int reach)
    {
        var sign = StartsWithSign(text, pos) ? tables.ClassOf(text[pos]) : NumeralClass.None;
        var r = new CjkReading(pos, sign == NumeralClass.Sign, sign == NumeralClass.Plus);
        reach = pos;
        var step = ReadStep.Next;
        while (step == ReadStep.Next && r.Next < text.Length)
        {
            reach = r.Next;
            step = CrossSpace(text, ref r, out var j) ? Read(text, j, allowLoneScale, ref r) : ReadStep.Stop;
        }

        switch (step)
        {
            case ReadStep.Fail:
                numeral = default;
                return false;
            case ReadStep.Split:
                numeral = r.Split;
                return true;
            default:
                return Settle(ref r, out numeral);
        }
    }

    // −5, -3.2, +26: a sign counts only before a number and not glued to a word.
    private bool StartsWithSign(string text, int i) =>
        i < text.Length && tables.ClassOf(text[i]) is NumeralClass.Sign or NumeralClass.Plus && i + 1 < text.Length && StartsNumber(text, i + 1)
        && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]));

    // A space inside a numeral is crossed only where it may join parts (SpaceMayJoin); the numeral so far is kept.
    private bool CrossSpace(string text, ref CjkReading r, out int j)
    {
        j = r.Next;
        if (r.Atom == NumeralAtom.None)
        {
            return true;
        }

        j = SkipInline(text, r.Next);
        if (j > r.Next)
        {
            if (j >= text.Length || !SpaceMayJoin(text, j, r.Atom))
            {
                return false;
            }

            r.SnapshotEnd = r.End;
            var sum = SafeMath.Add(r.Total, r.Section, ref r.Flags);
            r.SnapshotValue = SafeMath.Add(sum, Abbreviate(r.Pending, r.Atom, r.AtomBeforePending, r.ZeroBeforePending, r.LastScale) ?? 0, ref r.Flags);
            r.SnapshotFlags = r.Flags;
            r.DigitsSinceSpace = false;
        }

        return j < text.Length;
    }

    private ReadStep Read(string text, int j, bool allowLoneScale, ref CjkReading r)
    {
        var c = text[j];
        var cls = tables.ClassOf(c);
        if (cls == NumeralClass.Arabic || ((CharFold.Fold(c) == '.' || ArabicParser.VulgarFraction(c) is not null) && r.Atom == NumeralAtom.None))
        {
            return ReadArabic(text, j, ref r);
        }

        return cls switch
        {
            NumeralClass.Digit => ReadDigit(c, j, ref r),
            NumeralClass.Zero when r.Atom == NumeralAtom.Digit => ReadDigit(c, j, ref r),
            NumeralClass.Zero => ReadZero(j, ref r),
            NumeralClass.SmallScale => ReadSmallScale(text, j, ref r),
            NumeralClass.BigScale => ReadBigScale(text, j, allowLoneScale, ref r),
            NumeralClass.Infix => ReadInfix(text, j, ref r),
            NumeralClass.Point => ReadPoint(text, j, ref r),
            _ => ReadStep.Stop,
        };
    }

    // 3万4000, 2千零30万: Arabic digits are one part; two digit runs never touch.
    private ReadStep ReadArabic(string text, int j, ref CjkReading r)
    {
        if (r.Atom is NumeralAtom.Arabic or NumeralAtom.Digit || !ArabicParser.TryParse(text, j, tables.SpaceGrouping, out var arabic))
        {
            return ReadStep.Stop;
        }

        r.BeginDigits();
        r.Pending = arabic.Value ?? 0;
        r.Flags |= NumeralFlags.Arabic | (arabic.Flags & (NumeralFlags.Overflow | NumeralFlags.Grouped));
        if (r.Atom == NumeralAtom.None)
        {
            r.ArabicDigits = arabic.IntegerDigits;
        }

        r.DigitsSinceSpace = true;
        r.Took(NumeralAtom.Arabic, arabic.End);
        return ReadStep.Next;
    }

    // 五, and 二〇二三 (a digit string, read digit by digit, also a year).
    private ReadStep ReadDigit(char c, int j, ref CjkReading r)
    {
        if (r.Atom == NumeralAtom.Arabic)
        {
            return ReadStep.Stop;
        }

        var d = tables.ValueOf(c);
        if (r.Atom == NumeralAtom.Digit)
        {
            r.DigitString = SafeMath.Add(SafeMath.Multiply(r.DigitString, 10, ref r.Flags), d, ref r.Flags);
            r.DigitCount++;
            r.BadDigitString |= tables.NotInDecimals.Contains(c);
        }
        else
        {
            r.BeginDigits();
            r.DigitString = d;
            r.DigitCount = 1;
            r.BadDigitString = tables.NotInDecimals.Contains(c);
        }

        r.Pending = d;
        r.Flags |= NumeralFlags.Chinese;
        r.DigitsSinceSpace = true;
        r.Took(NumeralAtom.Digit, j + 1);
        return ReadStep.Next;
    }

    // 一千零五: a zero marks a skipped place, so the digit after it is not abbreviated.
    private static ReadStep ReadZero(int j, ref CjkReading r)
    {
        r.ZeroSeen = true;
        r.Flags |= NumeralFlags.Chinese;
        r.Took(NumeralAtom.Zero, j + 1);
        return ReadStep.Next;
    }

    // 十, 百, 千: multiply the pending digits into the section; a scale never grows within one section (五百六百).
    private ReadStep ReadSmallScale(string text, int j, ref CjkReading r)
    {
        var s = tables.ValueOf(text[j]);
        var notSmaller = r.LastSmallInSection != 0 && s >= r.LastSmallInSection;
        if (tables.ScaleBlockers.Match(text, j, out _) > 0
            || (notSmaller && r.Atom != NumeralAtom.Zero && r.Pending is null)
            || (notSmaller && r.Atom == NumeralAtom.Digit))
        {
            return ReadStep.Stop;
        }

        MarkDigitRunVague(ref r);
        r.Section = SafeMath.Add(r.Section, SafeMath.Multiply(r.Pending ?? 1, s, ref r.Flags), ref r.Flags);
        r.Pending = null;
        r.LastScale = s;
        r.LastSmallInSection = s;
        r.ZeroSeen = false;
        r.DigitCount = 0;
        r.Flags |= NumeralFlags.Chinese | NumeralFlags.Scaled;
        r.Took(NumeralAtom.Scale, j + 1);
        return ReadStep.Next;
    }

    // 万, 亿: close the section into the total. The same or a bigger scale after new digits starts a new number.
    private ReadStep ReadBigScale(string text, int j, bool allowLoneScale, ref CjkReading r)
    {
        var b = tables.ValueOf(text[j]);
        if (tables.ScaleBlockers.Match(text, j, out _) > 0)
        {
            return ReadStep.Stop;
        }

        if (r.SnapshotEnd > 0 && r.DigitsSinceSpace && r.LastBig != 0 && b >= r.LastBig)
        {
            // 一万五千亿 三百五十万亿: a second number after a space, not one number.
            r.Split = r.Signed(r.SnapshotEnd, r.SnapshotValue, r.SnapshotFlags);
            return ReadStep.Split;
        }

        if (r.LastBig != 0 && b == r.LastBig && r.Atom is NumeralAtom.Digit or NumeralAtom.Arabic && r.EndBeforeDigits > r.Start)
        {
            // 1万1万: the same scale again after new digits starts a new number.
            r.Split = r.Signed(r.EndBeforeDigits, r.ValueBeforeDigits, r.Flags);
            return ReadStep.Split;
        }

        var current = r.Section + (r.Pending ?? 0);
        if (r.Atom == NumeralAtom.None)
        {
            if (!allowLoneScale)
            {
                return ReadStep.Fail;
            }

            current = 1;
            r.Flags |= NumeralFlags.LoneScale;
        }

        MarkDigitRunVague(ref r);
        r.Total = r.LastBig == 0 || b >= r.LastBig ? SafeMath.Multiply(SafeMath.Add(r.Total, current, ref r.Flags), b, ref r.Flags)
            : SafeMath.Add(r.Total, SafeMath.Multiply(current, b, ref r.Flags), ref r.Flags);
        r.LastBig = b;
        r.LastScale = b;
        r.Section = 0;
        r.Pending = null;
        r.LastSmallInSection = 0;
        r.ZeroSeen = false;
        r.DigitCount = 0;
        r.Flags |= NumeralFlags.Scaled;
        r.Took(NumeralAtom.Scale, j + 1);
        return ReadStep.Next;
    }

    // 三四百, 五六万: a run of digits before a scale is "three or four hundred".
    private static void MarkDigitRunVague(ref CjkReading r)
    {
        if (r.DigitCount > 1 && r.Atom == NumeralAtom.Digit)
        {
            r.Flags |= NumeralFlags.Vague;
        }
    }

    // 十余万, 百多: an approximation word inside the numeral, only before a scale.
    private ReadStep ReadInfix(string text, int j, ref CjkReading r)
    {
        var k = SkipInline(text, j + 1);
        if (r.Atom == NumeralAtom.None || k >= text.Length
            || tables.ClassOf(text[k]) is not (NumeralClass.SmallScale or NumeralClass.BigScale)
            || tables.ScaleBlockers.Match(text, k, out _) > 0)
        {
            return ReadStep.Stop;
        }

        r.Flags |= NumeralFlags.Approx;
        r.Took(NumeralAtom.Infix, j + 1);
        return ReadStep.Next;
    }

    // 两千万点五五四四, 三点五亿: the decimals end the numeral, save one big scale after them.
    private ReadStep ReadPoint(string text, int j, ref CjkReading r)
    {
        if (r.Atom == NumeralAtom.None || !TryDecimals(text, j + 1, out var fraction, out var afterFraction))
        {
            return ReadStep.Stop;
        }

        r.Pending = Abbreviate(r.Pending, r.Atom, r.AtomBeforePending, r.ZeroBeforePending, r.LastScale);
        r.Total = SafeMath.Add(SafeMath.Add(r.Total, r.Section, ref r.Flags), (r.Pending ?? 0) + fraction, ref r.Flags);
        r.Section = 0;
        r.Pending = null;
        r.End = afterFraction;
        var k = SkipInline(text, afterFraction);
        if (r.LastBig == 0 && k < text.Length && tables.ClassOf(text[k]) == NumeralClass.BigScale
            && tables.ScaleBlockers.Match(text, k, out _) == 0)
        {
            r.Total = SafeMath.Multiply(r.Total, tables.ValueOf(text[k]), ref r.Flags);
            r.Flags |= NumeralFlags.Scaled;
            r.End = k + 1;
        }

        r.Flags |= NumeralFlags.Chinese;
        r.FractionDone = true;
        return ReadStep.Stop;
    }

    // The value of what was read: decimals already summed, a bare digit string (二〇二三), or total + section + pending.
    private static bool Settle(ref CjkReading r, out Numeral numeral)
    {
        numeral = default;
        if (r.End == r.Start || (r.Negative && r.End == r.Start + 1))
        {
            return false;
        }

        decimal? value;
        if (r.FractionDone)
        {
            value = r.Total;
        }
        else if (r.Atom == NumeralAtom.Digit && r.DigitCount > 1 && r.LastScale == 0)
        {
            if (r.BadDigitString)
            {
                // 两三, 三两: "two or three", a vague count. Consuming the run (not failing) keeps the scan linear.
                numeral = new Numeral(r.Start, r.End, null, r.Flags | NumeralFlags.Vague, 0);
                return true;
            }

            value = r.DigitString;
            r.Flags |= NumeralFlags.DigitString;
            r.ArabicDigits = r.DigitCount;
        }
        else
        {
            r.Pending = Abbreviate(r.Pending, r.Atom, r.AtomBeforePending, r.ZeroBeforePending, r.LastScale);
            value = SafeMath.Add(SafeMath.Add(r.Total, r.Section, ref r.Flags), r.Pending ?? 0, ref r.Flags);
        }

        if ((r.Flags & NumeralFlags.Overflow) != 0)
        {
            value = null;
        }

        if (r.Negative && value is { } v)
        {
            value = -v;
            r.Flags |= NumeralFlags.Negative;
        }

        numeral = new Numeral(r.Start, r.End, value, r.Flags, r.ArabicDigits);
        return true;
    }
}
