using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

/// <summary>
/// One recognition pass over one text. Walks left to right; at each character that may start something (a char
/// class lookup) it tries labels, then prefix words, a numeral and its suffixes. Every attempt either emits a
/// mention and jumps past it or moves on by one character after a bounded look, so the pass is linear.
/// </summary>
internal sealed partial class MentionScanner
{
    private const int MaxPrefixes = 4;

    private readonly string text;
    private readonly CultureTables tables;
    private readonly CjkNumeralParser numerals;
    private readonly WordNumeralParser? words;
    private readonly RecognitionOptions options;
    private readonly List<Mention> output = [];
    private bool inTitle;
    private int lastYear;
    private int lastEnd;

    public MentionScanner(string text, CultureTables tables, RecognitionOptions? options)
    {
        this.text = text;
        this.tables = tables;
        this.options = options ?? new RecognitionOptions();
        numerals = new CjkNumeralParser(tables);
        words = tables.HasWordNumerals ? new WordNumeralParser(tables) : null;
        lastYear = this.options.ReferenceDate?.Year ?? 0;
    }

    public List<Mention> Scan()
    {
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (!tables.MayStart(c) && !(words is not null && char.IsAsciiLetter(c)))
            {
                i++;
                continue;
            }

            switch (c)
            {
                case '《':
                    inTitle = true;
                    i++;
                    continue;
                case '》' or '\n':
                    inTitle = false;
                    i++;
                    continue;
            }

            var next = TryAt(i);
            i = next > i ? next : i + 1;
        }

        DistributeQualifiers();
        return output;
    }

    private int TryAt(int i)
    {
        ScanMeter.Add(1);
        // Words are matched only at word starts in cultures that spell numbers with letters.
        if (words is not null && char.IsAsciiLetter(text[i]) && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            return SkipWord(i);
        }

        var labelLength = tables.Labels.Match(text, i, out var label, skipInnerSpaces: true);
        if (labelLength > 0 && label is not null && WordBoundaryAfter(i + labelLength) && !OutrunsLabel(i, labelLength, label))
        {
            if (label.Role == WordRole.Url)
            {
                // Numbers inside a URL (…q=30%25…) are not figures.
                var end = i + labelLength;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                ScanMeter.Add(end - i);

                return end;
            }

            if (label.Role is WordRole.Period or WordRole.RelativeYear or WordRole.Decade)
            {
                return RelativeDate(i, labelLength, label);
            }

            if (label.Role == WordRole.Percent)
            {
                Emit(new MentionDraft
                {
                    Start = i,
                    End = i + labelLength,
                    Kind = MentionKind.Percent,
                    Unit = MentionUnit.Percent,
                    Value = label.Factor,
                    NumberValue = label.Factor,
                    NumberStart = i,
                    NumberEnd = i + labelLength,
                });
                return i + labelLength;
            }

            if (label.Role != WordRole.Skip)
            {
                Emit(new MentionDraft
                {
                    Start = i,
                    End = i + labelLength,
                    Kind = label.Role == WordRole.Vague ? MentionKind.Vague : MentionKind.Label,
                    NumberStart = i,
                    NumberEnd = i + labelLength,
                });
            }

            return i + labelLength;
        }

        var prefixes = PrefixSet.Empty;
        var j = i;
        for (var count = 0; count < MaxPrefixes; count++)
        {
            var k = count == 0 ? j : SkipBlank(j);
            var length = tables.Prefixes.Match(text, k, out var word, skipInnerSpaces: true);
            if (length == 0 || word is null || !WordBoundaryAfter(k + length))
            {
                break;
            }

            prefixes.Add(word, k, text, k + length);
            j = k + length;
        }

        // English month names before a day or year: "June 30, 2023", "end-June 2023".
        var monthAt = j > i ? SkipBlank(j) : i;
        if (tables.Months.Match(text, monthAt, out var month) is var monthLength and > 0 && WordBoundaryAfter(monthAt + monthLength))
        {
            prefixes.MonthStart = monthAt;
            prefixes.Month = month;
            prefixes.Count++;
            j = monthAt + monthLength;
        }

        var numeralStart = j > i ? SkipBlank(j) : i;
        if (!TryNumeral(numeralStart, prefixes.HasLoneScaleLicense, out var numeral))
        {
            return words is not null && char.IsAsciiLetter(text[i]) ? SkipWord(i) : i + 1;
        }

        return Build(prefixes, numeral);
    }

    // 万分之三 and 十分之一 are figures even though 万分 and 十分 ("very") are words: the longer reading wins.
    private bool OutrunsLabel(int i, int labelLength, TableWord label)
    {
        if (label.Role != WordRole.Skip)
        {
            return false;
        }

        if (tables.Prefixes.Match(text, i, out _) > labelLength)
        {
            return true;
        }

        return numerals.StartsNumber(text, i) && numerals.TryParse(text, i, false, out var numeral)
            && ReadFraction(numeral).End > i + labelLength;
    }

    private bool TryNumeral(int pos, bool allowLoneScale, out Numeral numeral)
    {
        numeral = default;
        if (pos >= text.Length)
        {
            return false;
        }

        if (words is not null && char.IsAsciiLetter(text[pos]))
        {
            return words.TryParse(text, pos, out numeral);
        }

        if (!numerals.TryParse(text, pos, allowLoneScale, out numeral)
            || (numeral.Length == 1 && tables.NotAlone.Contains(text[pos])))
        {
            return false;
        }

        if (words is not null)
        {
            numeral = words.Extend(text, numeral);
        }

        return true;
    }

    private void Emit(MentionDraft draft)
    {
        // Never overlap the previous mention: a backward extension (K2's letter) stops where it ended.
        if (draft.Start < lastEnd)
        {
            draft.Start = lastEnd;
            draft.NumberStart = Math.Max(draft.NumberStart, lastEnd);
            draft.NumberEnd = Math.Max(draft.NumberEnd, draft.NumberStart);
        }

        if (draft.End <= draft.Start)
        {
            return;
        }

        output.Add(draft.Freeze(text));
        lastEnd = draft.End;
    }

    // Blank between a prefix word and its numeral: inline spaces and at most one line break (时速\n350 公里).
    private int SkipBlank(int i)
    {
        var breaks = 0;
        while (i < text.Length && (CharFold.IsInlineSpace(text[i]) || (text[i] is '\n' or '\r' && breaks++ < 2)))
        {
            i++;
        }

        return i;
    }

    private int SkipWord(int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        ScanMeter.Add(i - start);
        return i;
    }

    // Letter words ("about", "one") must end at a word boundary; CJK words need no boundary.
    private bool WordBoundaryAfter(int end) =>
        end >= text.Length || !char.IsAsciiLetter(text[end - 1]) || !char.IsAsciiLetter(text[end]);
}
