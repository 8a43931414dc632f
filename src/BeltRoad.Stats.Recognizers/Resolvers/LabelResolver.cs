using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// Numbers that are names or numbering, not statistics: inside 《titles》, glued to Latin letters (K2, 5G),
/// joined by + (10+1), bracketed list numbers ((一), （十八）), numbering at a line start (1.), after 专栏,
/// Chinese numerals that begin a name (六大经济走廊, 二期, 北斗三号), and short quoted names (“2030愿景”).
/// </summary>
internal sealed class LabelResolver(ScanText text, ScanState state)
{
    private readonly CultureTables tables = text.Tables;

    /// <summary>Whether the numeral is a name or numbering; <paramref name="draft"/> is then the label, run over what is glued to it.</summary>
    public bool TryLabel(PrefixSet prefixes, Numeral numeral, MentionDraft given, out MentionDraft draft)
    {
        draft = given;
        var start = numeral.Start;
        var end = numeral.End;
        var label = state.InTitle || prefixes.LabelStart >= 0;
        if (prefixes.LabelStart >= 0)
        {
            draft = draft with { Start = prefixes.LabelStart };
        }

        if (!label && prefixes.Count == 0 && start > 0 && char.IsAsciiLetter(CharFold.Fold(text[start - 1])) && !AfterGluedWord(start))
        {
            label = true;
            var glued = draft.Start;
            while (glued > state.LastEnd && glued > 0 && char.IsAsciiLetterOrDigit(CharFold.Fold(text[glued - 1])))
            {
                glued--;
            }

            draft = draft with { Start = glued };
        }

        if (!label && end < text.Length && char.IsAsciiLetter(CharFold.Fold(text[end])) && !SuffixLetters(end) && !HeadNounLetters(end))
        {
            label = true;
        }

        if (!label && ((text.Is(end, '+') && !PlusMeansMore(end)) || (start > 0 && prefixes.Count == 0 && text.Is(start - 1, '+'))))
        {
            label = true;
        }

        if (!label && prefixes.Count == 0 && text.IsBracketed(start, end))
        {
            label = true;
        }

        if (!label && prefixes.Count == 0 && text.AtLineStart(start) && end < text.Length
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
            after = tables.LabelAfterChineseNumeral.Match(text.Text, end, out _);
            label = after > 0;
        }

        if (!label)
        {
            return false;
        }

        draft = draft with { Kind = MentionKind.Label, End = end + after };
        draft = ExtendLabel(draft);
        return true;
    }

    // "10+1", "K2": a label runs over the letters, digits and plus signs glued to it.
    private MentionDraft ExtendLabel(MentionDraft draft)
    {
        var from = draft.End;
        var end = from;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(CharFold.Fold(text[end])) || CharFold.Fold(text[end]) == '+'
            || tables.ClassOf(text[end]) is NumeralClass.Arabic))
        {
            if (CharFold.Fold(text[end]) == '+' && (end + 1 >= text.Length || CharFold.IsInlineSpace(text[end + 1])))
            {
                end++;
                break;
            }

            end++;
        }

        ScanMeter.Add(end - from + 1);
        return draft with { End = end, Start = Math.Max(draft.Start, state.LastEnd) };
    }

    // k, M, km, TEU after digits are units or multipliers, not parts of a name.
    private bool SuffixLetters(int at)
    {
        var length = tables.Suffixes.Match(text.Text, at, out _);
        return length > 0 && (at + length >= text.Length || !char.IsAsciiLetter(text[at + length]));
    }

    // "77members": a scraped page ran the number into its noun; a noun the count counts is no name.
    private bool HeadNounLetters(int at) => tables.HeadNouns.Match(text.Text, at, out _) is var length and > 0 && text.WordBoundaryAfter(at + length);

    // "500+ companies": a plus the table reads as "or more" is a qualifier; "10+1" joins two numbers into a name.
    private bool PlusMeansMore(int at) =>
        tables.Suffixes.Match(text.Text, at, out var word) == 1 && word?.Role == WordRole.Qualifier
        && !(at + 1 < text.Length && ArabicParser.IsDigit(text[at + 1]));

    // "up10 percent", "asthree": the letters before the number are a short word a scraped page ran into it.
    private bool AfterGluedWord(int start)
    {
        var word = start;
        while (word > 0 && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }

        return (word == 0 || !char.IsAsciiLetterOrDigit(text[word - 1])) && tables.GluedWords.Match(text.Text, word, out _) == start - word;
    }

    // “2030愿景”: a short quoted phrase with a bare number in it is a name.
    public MentionDraft MarkShortQuoteLabel(MentionDraft draft)
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
            return draft;
        }

        for (var k = draft.End; k < text.Length && k <= draft.End + 8; k++)
        {
            if (text[k] is '“' or '「' or '\n' or '。' or '，')
            {
                return draft;
            }

            if (text[k] is '”' or '」')
            {
                draft = draft with { Kind = MentionKind.Label, Unit = MentionUnit.None, Value = null };
                return draft;
            }
        }

        return draft;
    }
}
