using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Resolvers;

/// <summary>
/// What a bare number counts where the language writes no measure word (English): the head noun after it ("25 European
/// countries"), the first count of its sentence after "of them" ("120 resident companies …, 55 of them"), the noun
/// written before it (<see cref="ElidedNounResolver"/>), or its table column's header (<see cref="TableColumnResolver"/>).
/// </summary>
internal sealed class BareCountResolver(ScanText text, HeadNounResolver headNouns, ElidedNounResolver elided, TableColumnResolver columns)
{
    private const int LongestWord = 8;

    private readonly CultureTables tables = text.Tables;

    /// <summary>"the two countries", "these three cities": a small number spelled out after an article names things, it counts nothing.</summary>
    public bool IsReference(PrefixSet prefixes, Numeral numeral) =>
        numeral.Has(NumeralFlags.Words) && !numeral.Has(NumeralFlags.Arabic) && Definite(prefixes.FirstStart >= 0 ? prefixes.FirstStart : numeral.Start);

    public MentionDraft Resolve(MentionDraft draft, PrefixSet prefixes, Numeral numeral)
    {
        var prefixStart = prefixes.FirstStart >= 0 ? prefixes.FirstStart : numeral.Start;
        if (headNouns.HeadNounAhead(draft, out var ahead, text.SkipInline(draft.End)))
        {
            return ahead with { Kind = MentionKind.Quantity };
        }

        if (elided.TryCountOfPronoun(draft, out var counted) || elided.TryNounBehind(draft, prefixStart, prefixes.QualifierStart, numeral.Start, out counted)
            || columns.TryColumnNoun(draft, out counted))
        {
            return counted;
        }

        return draft;
    }

    // "the two countries", "these three cities": the article right before the number.
    private bool Definite(int at)
    {
        var end = at;
        while (end > 0 && CharFold.IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        var length = tables.DefiniteWords.MatchEndingAt(text.Text, end, LongestWord, out _);
        return length > 0 && end < at && (end - length == 0 || !char.IsAsciiLetter(text[end - length - 1]));
    }
}
