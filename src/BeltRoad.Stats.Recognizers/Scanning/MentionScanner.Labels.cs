using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    /// <summary>
    /// Numbers that are names or numbering, not statistics: inside 《titles》, glued to Latin letters (K2, 5G),
    /// joined by + (10+1), bracketed list numbers ((一), （十八）), numbering at a line start (1.), after 专栏,
    /// and Chinese numerals that begin a name (六大经济走廊, 二期, 北斗三号).
    /// </summary>
    private bool TryLabel(PrefixSet prefixes, Numeral numeral, MentionDraft draft)
    {
        var start = numeral.Start;
        var end = numeral.End;
        var label = inTitle || prefixes.LabelStart >= 0;
        if (prefixes.LabelStart >= 0)
        {
            draft.Start = prefixes.LabelStart;
        }

        if (!label && prefixes.Count == 0 && start > 0 && char.IsAsciiLetter(CharFold.Fold(text[start - 1])))
        {
            label = true;
            while (draft.Start > lastEnd && draft.Start > 0 && char.IsAsciiLetterOrDigit(CharFold.Fold(text[draft.Start - 1])))
            {
                draft.Start--;
            }
        }

        if (!label && end < text.Length && char.IsAsciiLetter(CharFold.Fold(text[end])) && !SuffixLetters(end))
        {
            label = true;
        }

        if (!label && (Is(end, '+') || (start > 0 && prefixes.Count == 0 && Is(start - 1, '+'))))
        {
            label = true;
        }

        if (!label && prefixes.Count == 0 && IsBracketed(start, end))
        {
            label = true;
        }

        if (!label && prefixes.Count == 0 && AtLineStart(start) && end < text.Length
            && CharFold.Fold(text[end]) is '.' or '、' or ')' && (end + 1 >= text.Length || !ArabicParser.IsDigit(text[end + 1])))
        {
            label = true;
        }

        if (!label && prefixes.Count == 0 && !numeral.Has(NumeralFlags.Arabic) && end < text.Length && text[end] == '、')
        {
            label = true;
        }

        var after = 0;
        if (!label && prefixes.OrdinalStart < 0 && !numeral.Has(NumeralFlags.Arabic) && numeral.Has(NumeralFlags.Chinese))
        {
            after = tables.LabelAfterChineseNumeral.Match(text, end, out _);
            label = after > 0;
        }

        if (!label)
        {
            return false;
        }

        draft.Kind = MentionKind.Label;
        draft.End = end + after;
        ExtendLabel(draft);
        return true;
    }

    // "10+1", "K2": a label runs over the letters, digits and plus signs glued to it.
    private void ExtendLabel(MentionDraft draft)
    {
        var from = draft.End;
        while (draft.End < text.Length && (char.IsAsciiLetterOrDigit(CharFold.Fold(text[draft.End])) || CharFold.Fold(text[draft.End]) == '+'
            || tables.ClassOf(text[draft.End]) is NumeralClass.Arabic))
        {
            if (CharFold.Fold(text[draft.End]) == '+' && (draft.End + 1 >= text.Length || CharFold.IsInlineSpace(text[draft.End + 1])))
            {
                draft.End++;
                break;
            }

            draft.End++;
        }

        ScanMeter.Add(draft.End - from + 1);
        if (draft.Start < lastEnd)
        {
            draft.Start = lastEnd;
        }
    }

    // k, M, km, TEU after digits are units or multipliers, not parts of a name.
    private bool SuffixLetters(int at)
    {
        var length = tables.Suffixes.Match(text, at, out _);
        return length > 0 && (at + length >= text.Length || !char.IsAsciiLetter(text[at + length]));
    }

    private bool Is(int at, char c) => at >= 0 && at < text.Length && CharFold.Fold(text[at]) == c;

    private bool IsBracketed(int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && CharFold.IsInlineSpace(text[before]))
        {
            before--;
        }

        var after = CjkNumeralParser.SkipInline(text, end);
        return before >= 0 && after < text.Length && CharFold.Fold(text[before]) == '(' && CharFold.Fold(text[after]) == ')';
    }

    private bool AtLineStart(int start)
    {
        var k = start - 1;
        while (k >= 0 && CharFold.IsInlineSpace(text[k]))
        {
            k--;
        }

        return k < 0 || text[k] is '\n' or '\r';
    }

    // “2030愿景”: a short quoted phrase with a bare number in it is a name.
    private bool TryShortQuoteLabel(MentionDraft draft)
    {
        var open = false;
        for (var k = draft.Start - 1; k >= 0 && k >= draft.Start - 8; k--)
        {
            if (text[k] is '”' or '」' or '\n' or '。' or '，')
            {
                break;
            }

            if (text[k] is '“' or '「')
            {
                open = true;
                break;
            }
        }

        if (!open)
        {
            return false;
        }

        for (var k = draft.End; k < text.Length && k <= draft.End + 8; k++)
        {
            if (text[k] is '“' or '「' or '\n' or '。' or '，')
            {
                return false;
            }

            if (text[k] is '”' or '」')
            {
                draft.Kind = MentionKind.Label;
                draft.Unit = MentionUnit.None;
                draft.Value = null;
                return true;
            }
        }

        return false;
    }
}
