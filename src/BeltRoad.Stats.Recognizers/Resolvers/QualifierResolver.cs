using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// How the written figure relates to the true value: a qualifier word before it (超过, 近, about), a 多/余 right
/// after the numeral, a word after the unit (以上, 左右), or the list it belongs to (超过32万亿美元、5万亿美元).
/// </summary>
internal sealed class QualifierResolver(ScanText text)
{
    /// <summary>The qualifier of an amount, count or percentage once its unit is read.</summary>
    public MentionDraft Resolve(MentionDraft draft, PrefixSet prefixes, Numeral numeral)
    {
        // 500 万标箱以上, 95% 以上, 3000 左右
        var k = text.SkipInline(draft.End);
        var length = text.Tables.Suffixes.Match(text.Text, k, out var word);
        var after = word is { Role: WordRole.Qualifier } && word.Qualifier != MentionQualifier.MoreThan ? word.Qualifier : MentionQualifier.Exact;
        if (after != MentionQualifier.Exact)
        {
            draft = draft with { End = k + length };
        }

        if (draft.Qualifier != MentionQualifier.Range)
        {
            draft = draft with { Qualifier = prefixes.QualifierStart >= 0 && prefixes.Qualifier != MentionQualifier.Exact ? prefixes.Qualifier : draft.MoreAfterNumber || numeral.Has(NumeralFlags.Approx) ? MentionQualifier.MoreThan : after };
        }

        if (prefixes.QualifierStart >= 0 && prefixes.Qualifier != MentionQualifier.Exact)
        {
            draft = draft with { Start = Math.Min(draft.Start, prefixes.QualifierStart) };
        }

        return draft;
    }

    /// <summary>
    /// 超过32万亿美元、5万亿美元: a prefix qualifier governs the whole 、-list of same-unit amounts that follows it, so a
    /// plain amount right after such a listed one takes its qualifier.
    /// </summary>
    public Mention InheritFromList(Mention? previous, Mention current)
    {
        if (previous is null || current.Qualifier != MentionQualifier.Exact || previous.Qualifier is MentionQualifier.Exact or MentionQualifier.Range
            || current.Kind != previous.Kind || current.Unit != previous.Unit || current.Kind is not (MentionKind.Quantity or MentionKind.Percent)
            || previous.NumberStart == previous.Start || current.Start != previous.End + 1 || text[previous.End] != '、')
        {
            return current;
        }

        return current with { Qualifier = previous.Qualifier };
    }

    /// <summary>超过10年, 近6个月: a qualifier word before a length of time.</summary>
    public static MentionDraft ApplyPrefix(PrefixSet prefixes, MentionDraft draft)
    {
        if (prefixes.QualifierStart >= 0 && prefixes.Qualifier != MentionQualifier.Exact)
        {
            draft = draft with { Qualifier = prefixes.Qualifier, Start = Math.Min(draft.Start, prefixes.QualifierStart) };
        }

        return draft;
    }
}
