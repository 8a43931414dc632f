using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>第三, 第3届, "the 3rd", 第二次: a numeral that ranks, with the counter after it when there is one.</summary>
internal sealed class OrdinalResolver(ScanText text)
{
    private readonly CultureTables tables = text.Tables;

    public static bool Applies(PrefixSet prefixes, Numeral numeral) => prefixes.OrdinalStart >= 0 || numeral.Has(NumeralFlags.Ordinal);

    /// <summary>
    /// "On September 5th", "Sep 12th 2024": an ordinal right after a month's name is its day, a date, not a rank; a
    /// rank word before it ("the 5th") keeps it a rank.
    /// </summary>
    public static bool IsDayOfNamedMonth(PrefixSet prefixes, Numeral numeral) =>
        prefixes.MonthStart >= 0 && prefixes.OrdinalStart < 0 && numeral.Has(NumeralFlags.Ordinal) && numeral.IsSmallInteger(31) && numeral.Value >= 1;

    /// <summary>A rank word read as a headline's verb bounds the figure from below, as "tops" does: more than it.</summary>
    public static PrefixSet AsHeadlineVerb(PrefixSet prefixes, Numeral numeral, ScanText text)
    {
        if (prefixes.OrdinalStart >= 0 && !numeral.Has(NumeralFlags.Ordinal) && IsHeadlineVerb(numeral, text))
        {
            prefixes.QualifierStart = prefixes.OrdinalStart;
            prefixes.Qualifier = MentionQualifier.MoreThan;
            prefixes.OrdinalStart = -1;
        }

        return prefixes;
    }

    // "Yiwu-Xinjiang-Europe trains top 1,500", "… top 2 mln": a rank word before a numeral as large as the table's limit,
    // or scaled by a word, is a verb.
    private static bool IsHeadlineVerb(Numeral numeral, ScanText text)
    {
        var tables = text.Tables;
        if (tables.RankPrefixLimit <= 0 || numeral.Value is not { } value)
        {
            return false;
        }

        var k = text.SkipInline(numeral.End);
        return value >= tables.RankPrefixLimit || numeral.Has(NumeralFlags.Scaled)
            || (k < text.Length && tables.Suffixes.Match(text.Text, k, out var word) is var length and > 0 && text.WordBoundaryAfter(k + length)
                && word?.Role == WordRole.Multiplier && word.Factor >= tables.RankPrefixLimit);
    }

    public MentionDraft Resolve(MentionDraft draft, PrefixSet prefixes, Numeral numeral)
    {
        draft = draft with { Kind = MentionKind.Ordinal, Start = prefixes.OrdinalStart >= 0 ? prefixes.OrdinalStart : numeral.Start };
        var k = text.SkipInline(draft.End);
        var length = tables.Suffixes.Match(text.Text, k, out var word);
        if (length == 0 || word is null || word.Role is WordRole.Qualifier || text.BlockerLength(k) >= length)
        {
            length = 0;
        }

        // 第二次, 第四大: ordinal counters that are not units.
        length = Math.Max(length, numeral.Has(NumeralFlags.Ordinal) ? 0 : tables.OrdinalSuffixes.Match(text.Text, k, out _));
        if (length > 0)
        {
            draft = draft with { End = k + length };
            draft = draft with { MeasureWord = text.Text[k..draft.End] };
        }

        return draft;
    }
}
