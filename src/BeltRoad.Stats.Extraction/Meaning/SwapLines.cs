using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "Argentina's Central Bank said it had renewed its 130 billion yuan currency swap with the People's Bank of China",
/// 「中阿双边本币互换协议规模1300亿元」: a swap line between two central banks holds its own amounts — its size, a tranche, a
/// top-up — named for the pair (中阿本币互换: China's abbreviation, the partner's, the swap's noun), not for either bank or
/// country. The partner's abbreviation is data (swap_lines.abbreviations, else the pairs table's: 巴 is 巴基斯坦's, not
/// 巴西's), one per partner and no two partners sharing one, so two swaps never get one name; a partner with none gives
/// no swap line. A sentence naming a swap (entity-names.json swap_lines.words), or naming its line or tranche
/// (line_words) under a headline naming a swap (title_words: "Argentina renews China swap"), states the swap's amounts; the
/// partner is the document's own country, else the first country other than China in the sentence, else the last one its
/// paragraph and the one before named. Where no partner is found, the rule gives nothing.
/// </summary>
internal sealed class SwapLines
{
    private readonly WordList _words;
    private readonly WordList _lineWords;
    private readonly WordList _titleWords;
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly IReadOnlyDictionary<string, string> _abbreviations;

    public SwapLines(WordList words, WordList lineWords, WordList titleWords, string prefix, string suffix, IReadOnlyDictionary<string, string> abbreviations) =>
        (_words, _lineWords, _titleWords, _prefix, _suffix, _abbreviations) = (words, lineWords, titleWords, prefix, suffix, abbreviations);

    /// <summary>
    /// The partners' abbreviations: the swap table's own over the pairs table's. Fails loudly when two partners would share
    /// one (their swaps would be one entity).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Abbreviations(IReadOnlyDictionary<string, string> own, Pairs pairs)
    {
        var merged = new Dictionary<string, string>(pairs.AbbreviationsByParty(), StringComparer.Ordinal);
        foreach (var (party, abbreviation) in own)
        {
            merged[party] = abbreviation;
        }

        foreach (var shared in merged.GroupBy(p => p.Value).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"entity-names.json swap_lines: '{shared.Key}' abbreviates {string.Join(" and ", shared.Select(p => p.Key))}; a swap line's name needs one partner per abbreviation.");
        }

        return merged;
    }

    /// <summary>The swap line an amount belongs to (中阿本币互换), or null.</summary>
    public string? Of(FigureContext figure, NameFinder finder)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence);
        if (!figure.Unit.IsCurrency() || !(_words.Any(text, sentence.Start, sentence.End) || (_lineWords.Any(text, sentence.Start, sentence.End) && TitleNamesSwap(figure))))
        {
            return null;
        }

        return Partner(figure, finder) is { } partner && _abbreviations.TryGetValue(partner, out var abbreviation) ? string.Concat(_prefix, abbreviation, _suffix) : null;
    }

    private bool TitleNamesSwap(FigureContext figure) =>
        figure.In.Document.Title is { Length: > 0 } title && _titleWords.Any(title, 0, title.Length);

    private static string? Partner(FigureContext figure, NameFinder finder)
    {
        // The country its own sentence names first ("Pakistan renewed its 30 billion yuan swap"), then the document's own.
        foreach (var n in figure.In.Names)
        {
            if (IsPartner(n, finder))
            {
                return n.Name;
            }
        }

        var own = figure.In.DocumentEntity;
        if (own != finder.DefaultActor && finder.Lookup(own) is { Kind: EntityKind.Country })
        {
            return own;
        }

        var previous = figure.In.PreviousNames;
        for (var k = previous.Count - 1; k >= 0; k--)
        {
            if (IsPartner(previous[k], finder))
            {
                return previous[k].Name;
            }
        }

        return null;
    }

    private static bool IsPartner(EntityName name, NameFinder finder) =>
        name.IsCatalogued && name.Kind == EntityKind.Country && name.Name != finder.DefaultActor;
}
