using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Candidates;

/// <summary>
/// One input text with its culture's tables and numeral parsers: the read-only view every stage reads through
/// (blanks, word boundaries, numerals, fractions). Holds no state of the scan.
/// </summary>
internal sealed class ScanText
{
    public ScanText(string text, CultureTables tables)
    {
        Text = text;
        Tables = tables;
        Numerals = new CjkNumeralParser(tables);
        Words = tables.HasWordNumerals ? new WordNumeralParser(tables) : null;
    }

    public string Text { get; }

    public CultureTables Tables { get; }

    public CjkNumeralParser Numerals { get; }

    /// <summary>The spelled-out number parser of cultures that write numbers with letters ("twenty-five").</summary>
    public WordNumeralParser? Words { get; }

    public int Length => Text.Length;

    public char this[int i] => Text[i];

    public int SkipInline(int i) => CjkNumeralParser.SkipInline(Text, i);

    /// <summary>Where the inline blanks right before <paramref name="i"/> start (<paramref name="i"/> when there are none).</summary>
    public int SkipInlineBack(int i)
    {
        while (i > 0 && CharFold.IsInlineSpace(Text[i - 1]))
        {
            i--;
        }

        return i;
    }

    // Blank between a prefix word and its numeral: inline spaces and at most one line break (时速\n350 公里).
    public int SkipBlank(int i)
    {
        var breaks = 0;
        while (i < Text.Length && (CharFold.IsInlineSpace(Text[i]) || (Text[i] is '\n' or '\r' && breaks++ < 2)))
        {
            i++;
        }

        return i;
    }

    public int SkipWord(int i)
    {
        var start = i;
        while (i < Text.Length && char.IsAsciiLetter(Text[i]))
        {
            i++;
        }

        ScanMeter.Add(i - start);
        return i;
    }

    // Letter words ("about", "one") must end at a word boundary; CJK words need no boundary.
    public bool WordBoundaryAfter(int end) =>
        end >= Text.Length || !char.IsAsciiLetter(Text[end - 1]) || !char.IsAsciiLetter(Text[end]);

    public bool Is(int at, char c) => at >= 0 && at < Text.Length && CharFold.Fold(Text[at]) == c;

    /// <summary>
    /// Length of a year named relative to the reference date at <paramref name="at"/> ("this year", "last year", 去年; not an
    /// as-of year end), ending at a word boundary, else 0: what makes a bare month a date ("June last year").
    /// </summary>
    public int RelativeYearAt(int at, out TableWord? year)
    {
        var length = Tables.Labels.Match(Text, at, out year);
        return length > 0 && year is { Role: WordRole.RelativeYear, TimeRole: not TimeRole.AsOf, InContext: false } && WordBoundaryAfter(at + length) ? length : 0;
    }

    /// <summary>Length of a word at <paramref name="at"/> that stops a measure word or multiplier (万分 in 万分之三).</summary>
    public int BlockerLength(int at) => Tables.MeasureBlockers.Match(Text, at, out _);

    public bool StartsWithScale(Numeral numeral) =>
        Tables.ClassOf(Text[numeral.Start]) is NumeralClass.SmallScale or NumeralClass.BigScale;

    /// <summary>(一), （十八）, (2019-2023): the span sits alone between brackets.</summary>
    public bool IsBracketed(int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && CharFold.IsInlineSpace(Text[before]))
        {
            before--;
        }

        var after = SkipInline(end);
        return before >= 0 && after < Text.Length && CharFold.Fold(Text[before]) == '(' && CharFold.Fold(Text[after]) == ')';
    }

    /// <summary>
    /// The longest entry of <paramref name="table"/> made of whole words that ends right before <paramref name="at"/>, the blanks
    /// between skipped (at least one), starting at most <paramref name="maxLength"/> back: only word starts are tried, so the look costs a
    /// few matches, not one per length. Returns the entry's start, or -1.
    /// </summary>
    public int WordsEndingAt<T>(WordTable<T> table, int at, int maxLength, out T? value)
    {
        value = default;
        var end = SkipInlineBack(at);

        var found = -1;
        for (var s = end - 1; s >= 0 && s >= end - maxLength; s--)
        {
            if (char.IsAsciiLetter(Text[s]) && (s == 0 || !char.IsAsciiLetter(Text[s - 1])) && table.Match(Text, s, out var v) == end - s)
            {
                (found, value) = (s, v);
            }
        }

        ScanMeter.Add(Math.Min(maxLength, end) + 1);
        return end < at ? found : -1;
    }

    /// <summary>
    /// Where the sentence holding <paramref name="pos"/> starts, looking back at most <paramref name="max"/> characters: after
    /// a line break, "!", "?" or a full stop followed by a blank.
    /// </summary>
    public int SentenceStart(int pos, int max)
    {
        var limit = Math.Max(0, pos - max);
        for (var k = pos - 1; k >= limit; k--)
        {
            if (Text[k] is '\n' or '\r' or '!' or '?' or '。' || (Text[k] == '.' && k + 1 < Text.Length && char.IsWhiteSpace(Text[k + 1])))
            {
                ScanMeter.Add(pos - k);
                return k + 1;
            }
        }

        ScanMeter.Add(pos - limit);
        return limit;
    }

    public bool AtLineStart(int start)
    {
        var k = start - 1;
        while (k >= 0 && CharFold.IsInlineSpace(Text[k]))
        {
            k--;
        }

        return k < 0 || Text[k] is '\n' or '\r';
    }

    /// <summary>A numeral at <paramref name="pos"/>: spelled out in letter cultures, else Chinese/Arabic (a lone 万 only when licensed).</summary>
    public bool TryNumeral(int pos, bool allowLoneScale, out Numeral numeral)
    {
        numeral = default;
        if (pos >= Text.Length)
        {
            return false;
        }

        if (Words is not null && char.IsAsciiLetter(Text[pos]))
        {
            return Words.TryParse(Text, pos, out numeral);
        }

        if (!Numerals.TryParse(Text, pos, allowLoneScale, out numeral)
            || (numeral.Length == 1 && Tables.NotAlone.Contains(Text[pos])))
        {
            return false;
        }

        if (Words is not null)
        {
            numeral = Words.Extend(Text, numeral);
        }

        return true;
    }
}
