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

    /// <summary>
    /// "the two countries", "these three cities": a small number spelled out after an article names things, it counts nothing;
    /// unless a part is taken of it ("Four of the eight borrowing countries", "each of the five founding members"): then it
    /// counts the whole.
    /// </summary>
    public bool IsReference(PrefixSet prefixes, Numeral numeral) =>
        numeral.Has(NumeralFlags.Words) && !numeral.Has(NumeralFlags.Arabic) && Definite(prefixes.FirstStart >= 0 ? prefixes.FirstStart : numeral.Start) is var article and >= 0
        && !PartitiveWhole(article);

    public MentionDraft Resolve(MentionDraft draft, PrefixSet prefixes, Numeral numeral)
    {
        var prefixStart = prefixes.FirstStart >= 0 ? prefixes.FirstStart : numeral.Start;
        if (headNouns.HeadNounAhead(draft, out var ahead, text.SkipInline(draft.End)))
        {
            return ahead with { Kind = MentionKind.Quantity };
        }

        if (SharedNoun(draft, numeral, out var shared))
        {
            return shared;
        }

        if (LabelNoun(prefixStart) is var labelled and not MentionUnit.None)
        {
            return draft with { Kind = MentionKind.Quantity, Unit = labelled };
        }

        if (elided.TryCountOfPronoun(draft, out var counted) || elided.TryNounBehind(draft, prefixStart, prefixes.QualifierStart, numeral.Start, out counted)
            || columns.TryColumnNoun(draft, out counted))
        {
            return counted;
        }

        return draft;
    }

    // The longest label a line may give its value ("Economies with approved projects:").
    private const int MaxLabel = 60;

    /// <summary>
    /// "Projects approved: 50", "People benefiting: more than 410 million": a fact sheet's line whose label before the
    /// colon opens with a head noun counts that noun. The label holds no digit (a time "10:30", a numbered line).
    /// </summary>
    private MentionUnit LabelNoun(int prefixStart)
    {
        var colon = prefixStart - 1;
        while (colon >= 0 && text[colon] == ' ')
        {
            colon--;
        }

        if (colon <= 0 || text[colon] is not (':' or '：'))
        {
            return MentionUnit.None;
        }

        var lineStart = colon;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && colon - lineStart < MaxLabel)
        {
            lineStart--;
        }

        if (lineStart > 0 && text[lineStart - 1] != '\n' || text.Text.AsSpan(lineStart, colon - lineStart).ContainsAnyInRange('0', '9'))
        {
            return MentionUnit.None;
        }

        while (lineStart < colon && text[lineStart] is ' ' or '-' or '•' or '*' or '·' or '▪')
        {
            lineStart++;
        }

        return tables.HeadNouns.Match(text.Text, lineStart, out var unit) is var length and > 0 && lineStart + length <= colon && text.WordBoundaryAfter(lineStart + length)
            ? unit : MentionUnit.None;
    }

    // How many numbers a list joined with commas before its "and" may hold ("15,183, 16,562 and 17,523 trips").
    private const int MaxListed = 8;

    // "1,000 and 1,500 participants": the first of two joined numbers counts the noun of the second; so does each number of
    // a list joined with commas and a last "and" ("made 15,183, 16,562 and 17,523 trips, respectively"). No year may stand
    // in the list ("in 2021, 2022 and 2023 trains …" lists years). The last number's scale word scales those written without
    // one ("1.2, 1.5 and 1.8 million TEUs": 1.2 million, 1.5 million).
    private bool SharedNoun(MentionDraft given, Numeral numeral, out MentionDraft draft)
    {
        draft = given;
        var k = text.SkipInline(draft.End);
        for (var listed = 0; listed < MaxListed && k < text.Length && text[k] == ',' && text.TryNumeral(text.SkipInline(k + 1), false, out var next) && !next.IsYearLike; listed++)
        {
            k = text.SkipInline(next.End);
        }

        var joiner = tables.WordJoiners.Match(text.Text, k, out _);
        if (joiner == 0 && ModifierEnd(k) is var modified and > 0 && tables.WordJoiners.Match(text.Text, text.SkipInline(modified), out _) is var afterModifier and > 0)
        {
            // "18 outbound and 11 inbound trains": each number has its own modifier before the noun they share.
            (k, joiner) = (text.SkipInline(modified), afterModifier);
        }

        var byJoiner = joiner > 0;
        if (joiner == 0 && draft.Value is not 1m && PartOf(k) is var whole and > 0)
        {
            // "Four of the eight borrowing countries", "nine of the 16 loans": the part counts what the whole counts.
            joiner = whole - k;
        }

        if (joiner == 0 || !text.WordBoundaryAfter(k + joiner)
            || !text.TryNumeral(text.SkipInline(k + joiner), false, out var second) || second.IsYearLike
            || !headNouns.HeadNounAhead(draft, out var counted, text.SkipInline(second.End)))
        {
            return false;
        }

        // Only a list's numbers share its scale word, and only small ones written plainly: "300 of the 1.2 million workers" is a
        // part, "280,000 and 1.2 million passengers" two magnitudes.
        var scale = !byJoiner || numeral.Has(NumeralFlags.Scaled) || numeral.Has(NumeralFlags.Grouped) || draft.Value is not (> 0m and < 1000m)
            ? 1m : Scales.Of(text.Text, second);
        draft = draft with { Kind = MentionKind.Quantity, Unit = counted.Unit, Value = draft.Value * scale };
        return true;
    }

    // A lower-case modifier word of three letters or more at `k` that is no head noun, stop or barrier ("outbound", "new"):
    // where it ends, else 0.
    private int ModifierEnd(int k)
    {
        var end = k;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return end - k >= 3 && text.WordBoundaryAfter(end) && tables.HeadNouns.Match(text.Text, k, out _) == 0
            && tables.HeadNounStops.Match(text.Text, k, out _) == 0 && tables.HeadNounBarriers.Match(text.Text, k, out _) == 0 ? end : 0;
    }

    // "the two countries", "these three cities": where the article right before the number starts, else -1.
    private int Definite(int at) => text.WordsEndingAt(tables.DefiniteWords, at, LongestWord, out _);

    // "Four of the", "each of the": a part taken of the whole that starts with the article at `article`.
    private bool PartitiveWhole(int article)
    {
        var of = text.WordsEndingAt(tables.Partitives, article, LongestWord, out _);
        if (of < 0)
        {
            return false;
        }

        var before = text.SkipInlineBack(of);

        return before > 0 && before < of && (ArabicParser.IsDigit(text[before - 1]) || text.WordsEndingAt(tables.Words, of, LongestWord, out _) >= 0
            || text.WordsEndingAt(tables.PartitiveHeads, of, LongestWord, out _) >= 0);
    }

    // "of the" right after a count at `k`: the end of its article (where the whole's number starts), else 0.
    private int PartOf(int k)
    {
        if (tables.Partitives.Match(text.Text, k, out _) is not (var of and > 0) || !text.WordBoundaryAfter(k + of))
        {
            return 0;
        }

        var at = text.SkipInline(k + of);
        return tables.DefiniteWords.Match(text.Text, at, out _) is var article and > 0 && text.WordBoundaryAfter(at + article) ? at + article : 0;
    }
}
