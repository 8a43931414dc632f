using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

/// <summary>
/// Chinese numerals mixed freely with Arabic digits: 一万五千亿, 3万4000, 2千零30万, 九万四 (= 94000), 十余万,
/// 两千万点五五四四, 二〇二三. One left-to-right pass over the characters, driven by the culture's char classes.
/// </summary>
internal sealed partial class CjkNumeralParser
{
    private readonly CultureTables tables;

    public CjkNumeralParser(CultureTables tables) => this.tables = tables;

    private enum Atom
    {
        None,
        Arabic,
        Digit,
        Zero,
        Scale,
        Infix,
    }

    /// <summary>Parses the longest numeral at <paramref name="pos"/>. A lone 万 is accepted only when asked (近万名).</summary>
    public bool TryParse(string text, int pos, bool allowLoneScale, out Numeral numeral)
    {
        var ok = TryParseCore(text, pos, allowLoneScale, out numeral, out var reach);
        ScanMeter.Add(reach - pos + 1);
        return ok;
    }

    private bool TryParseCore(string text, int pos, bool allowLoneScale, out Numeral numeral, out int reach)
    {
        numeral = default;
        var i = pos;
        reach = pos;
        var negative = false;
        if (i < text.Length && tables.ClassOf(text[i]) == NumeralClass.Sign && i + 1 < text.Length && StartsNumber(text, i + 1)
            && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])))
        {
            negative = true;
            i++;
        }

        decimal total = 0, section = 0;
        decimal? pending = null;
        long lastBig = 0, lastScale = 0, lastSmallInSection = 0;
        var zeroBeforePending = false;
        var zeroSeen = false;
        var atom = Atom.None;
        var atomBeforePending = Atom.None;
        var digitString = 0m;
        var digitCount = 0;
        var flags = NumeralFlags.None;
        var arabicDigits = 0;
        var end = i;
        var fractionDone = false;
        var badDigitString = false;
        var snapshotEnd = -1;
        decimal snapshotValue = 0;
        var snapshotFlags = NumeralFlags.None;
        var digitsSinceSpace = false;
        var endBeforeDigits = i;
        decimal valueBeforeDigits = 0;

        while (i < text.Length)
        {
            reach = i;
            var j = i;
            if (atom != Atom.None)
            {
                j = SkipInline(text, i);
                if (j > i)
                {
                    if (j >= text.Length || !SpaceMayJoin(text, j, atom))
                    {
                        break;
                    }

                    // Remember the numeral as it stood before the space, in case what follows is a new number.
                    snapshotEnd = end;
                    snapshotValue = SafeMath.Add(SafeMath.Add(total, section, ref flags), Abbreviate(pending, atom, atomBeforePending, zeroBeforePending, lastScale) ?? 0, ref flags);
                    snapshotFlags = flags;
                    digitsSinceSpace = false;
                }
            }

            if (j >= text.Length)
            {
                break;
            }

            var c = text[j];
            var cls = tables.ClassOf(c);
            if (cls == NumeralClass.Arabic || ((CharFold.Fold(c) == '.' || ArabicParser.VulgarFraction(c) is not null) && atom == Atom.None))
            {
                if (atom is Atom.Arabic or Atom.Digit || !ArabicParser.TryParse(text, j, tables.SpaceGrouping, out var arabic))
                {
                    break;
                }

                endBeforeDigits = end;
                valueBeforeDigits = total + section;
                atomBeforePending = atom;
                zeroBeforePending = zeroSeen;
                pending = arabic.Value ?? 0;
                flags |= NumeralFlags.Arabic | (arabic.Flags & NumeralFlags.Overflow);
                if (atom == Atom.None)
                {
                    arabicDigits = arabic.IntegerDigits;
                }

                atom = Atom.Arabic;
                digitsSinceSpace = true;
                i = end = arabic.End;
                continue;
            }

            switch (cls)
            {
                case NumeralClass.Digit:
                case NumeralClass.Zero when atom == Atom.Digit:
                    {
                        if (atom == Atom.Arabic)
                        {
                            goto Done;
                        }

                        var d = tables.ValueOf(c);
                        if (atom == Atom.Digit)
                        {
                            digitString = SafeMath.Add(SafeMath.Multiply(digitString, 10, ref flags), d, ref flags);
                            digitCount++;
                            badDigitString |= tables.NotInDecimals.Contains(c);
                            pending = d;
                        }
                        else
                        {
                            endBeforeDigits = end;
                            valueBeforeDigits = total + section;
                            atomBeforePending = atom;
                            zeroBeforePending = zeroSeen;
                            pending = d;
                            digitString = d;
                            digitCount = 1;
                            badDigitString = tables.NotInDecimals.Contains(c);
                        }

                        flags |= NumeralFlags.Chinese;
                        atom = Atom.Digit;
                        digitsSinceSpace = true;
                        i = end = j + 1;
                        continue;
                    }

                case NumeralClass.Zero:
                    zeroSeen = true;
                    flags |= NumeralFlags.Chinese;

                    atom = Atom.Zero;
                    i = end = j + 1;
                    continue;

                case NumeralClass.SmallScale:
                    {
                        var s = tables.ValueOf(c);
                        if (tables.ScaleBlockers.Match(text, j, out _) > 0
                            || (lastSmallInSection != 0 && s >= lastSmallInSection && atom != Atom.Zero && pending is null)
                            || (lastSmallInSection != 0 && s >= lastSmallInSection && atom == Atom.Digit))
                        {
                            goto Done;
                        }

                        if (digitCount > 1 && atom == Atom.Digit)
                        {
                            flags |= NumeralFlags.Vague;
                        }

                        section = SafeMath.Add(section, SafeMath.Multiply(pending ?? 1, s, ref flags), ref flags);
                        pending = null;
                        lastScale = s;
                        lastSmallInSection = s;
                        zeroSeen = false;
                        digitCount = 0;
                        flags |= NumeralFlags.Chinese | NumeralFlags.Scaled;
                        atom = Atom.Scale;
                        i = end = j + 1;
                        continue;
                    }

                case NumeralClass.BigScale:
                    {
                        var b = tables.ValueOf(c);
                        if (tables.ScaleBlockers.Match(text, j, out _) > 0)
                        {
                            goto Done;
                        }

                        if (snapshotEnd > 0 && digitsSinceSpace && lastBig != 0 && b >= lastBig)
                        {
                            // 一万五千亿 三百五十万亿: a second number after a space, not one number.
                            numeral = new Numeral(pos, snapshotEnd, negative ? -snapshotValue : snapshotValue, snapshotFlags, arabicDigits);
                            return true;
                        }

                        if (lastBig != 0 && b == lastBig && atom is Atom.Digit or Atom.Arabic && endBeforeDigits > pos)
                        {
                            // 1万1万: the same scale again after new digits starts a new number.
                            numeral = new Numeral(pos, endBeforeDigits, negative ? -valueBeforeDigits : valueBeforeDigits, flags, arabicDigits);
                            return true;
                        }

                        var cur = section + (pending ?? 0);
                        if (atom == Atom.None)
                        {
                            if (!allowLoneScale)
                            {
                                return false;
                            }

                            cur = 1;
                            flags |= NumeralFlags.LoneScale;
                        }

                        if (digitCount > 1 && atom == Atom.Digit)
                        {
                            flags |= NumeralFlags.Vague;
                        }

                        total = lastBig == 0 || b >= lastBig ? SafeMath.Multiply(SafeMath.Add(total, cur, ref flags), b, ref flags)
                            : SafeMath.Add(total, SafeMath.Multiply(cur, b, ref flags), ref flags);
                        lastBig = b;
                        lastScale = b;
                        section = 0;
                        pending = null;
                        lastSmallInSection = 0;
                        zeroSeen = false;
                        digitCount = 0;
                        flags |= NumeralFlags.Scaled;
                        atom = Atom.Scale;
                        i = end = j + 1;
                        continue;
                    }

                case NumeralClass.Infix:
                    {
                        var k = SkipInline(text, j + 1);
                        if (atom == Atom.None || k >= text.Length
                            || tables.ClassOf(text[k]) is not (NumeralClass.SmallScale or NumeralClass.BigScale)
                            || tables.ScaleBlockers.Match(text, k, out _) > 0)
                        {
                            goto Done;
                        }

                        flags |= NumeralFlags.Approx;
                        atom = Atom.Infix;
                        i = end = j + 1;
                        continue;
                    }

                case NumeralClass.Point:
                    {
                        if (atom == Atom.None || !TryDecimals(text, j + 1, out var fraction, out var afterFraction))
                        {
                            goto Done;
                        }

                        pending = Abbreviate(pending, atom, atomBeforePending, zeroBeforePending, lastScale);
                        var whole = SafeMath.Add(SafeMath.Add(total, section, ref flags), (pending ?? 0) + fraction, ref flags);
                        total = whole;
                        section = 0;
                        pending = null;
                        end = afterFraction;
                        var k = SkipInline(text, afterFraction);
                        if (lastBig == 0 && k < text.Length && tables.ClassOf(text[k]) == NumeralClass.BigScale
                            && tables.ScaleBlockers.Match(text, k, out _) == 0)
                        {
                            total = SafeMath.Multiply(total, tables.ValueOf(text[k]), ref flags);
                            flags |= NumeralFlags.Scaled;
                            end = k + 1;
                        }

                        flags |= NumeralFlags.Chinese;
                        fractionDone = true;
                        goto Done;
                    }

                default:
                    goto Done;
            }
        }

    Done:
        if (end == pos || (negative && end == pos + 1))
        {
            return false;
        }

        decimal? value;
        if (fractionDone)
        {
            value = total;
        }
        else if (atom == Atom.Digit && digitCount > 1 && lastScale == 0)
        {
            if (badDigitString)
            {
                // 两三, 三两: "two or three", a vague count. Consuming the run (not failing) keeps the scan linear.
                numeral = new Numeral(pos, end, null, flags | NumeralFlags.Vague, 0);
                return true;
            }

            value = digitString;
            flags |= NumeralFlags.DigitString;
            arabicDigits = digitCount;
        }
        else
        {
            pending = Abbreviate(pending, atom, atomBeforePending, zeroBeforePending, lastScale);
            value = SafeMath.Add(SafeMath.Add(total, section, ref flags), pending ?? 0, ref flags);
        }

        if ((flags & NumeralFlags.Overflow) != 0)
        {
            value = null;
        }

        if (negative && value is { } v)
        {
            value = -v;
            flags |= NumeralFlags.Negative;
        }

        numeral = new Numeral(pos, end, value, flags, arabicDigits);
        return true;
    }
}
