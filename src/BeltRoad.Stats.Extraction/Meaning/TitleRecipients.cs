using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A report whose title names China's lending or investment to one place (data: title_recipients in
/// Resources/label-words.json): "Chinese Loans to Africa Database", "China's lending to Africa rebounds …", "Chinese FDI in
/// Europe", 「中国对非洲贷款」. Every figure of that measure the report gives is what went there, unless its own label names
/// a recipient: 贷款承诺额 → 对非洲贷款承诺额, 能源贷款承诺额 → 对非洲能源贷款承诺额, 安哥拉占贷款承诺额比重 →
/// 安哥拉占对非洲贷款承诺额比重. Read once per document from its title.
/// </summary>
internal sealed record TitleRecipients(WordList Lenders, WordList Links, WordList PairLinks, IReadOnlyList<(WordList Words, TitleRecipient Rows)> Measures,
    string Prefix, string ShareOf, string ShareSuffix)
{
    // Kinds of name a title may send money to: a country, a group of countries, a world region or a province.
    private static readonly EntityKind[] PlaceKinds = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Place, EntityKind.Region];

    // A label that already names whose money or whose receipt it is (对安哥拉…, 获中国…, 自…, 与…, 在…) keeps its own.
    private const string ScopedOpeners = "对获自与在";

    public static TitleRecipients Read(JsonElement e, string shareOf, string shareSuffix)
    {
        static List<string> Strings(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];
        var pairLinks = Strings(e, "pair_links");
        return new(new WordList(Strings(e, "lenders")), new WordList(Strings(e, "links").Concat(pairLinks)), new WordList(pairLinks),
            [.. e.GetProperty("measures").EnumerateArray().Select(m => (new WordList(Strings(m, "words")), TitleRecipient.Of(Strings(m, "rows"),
                m.TryGetProperty("instrument", out var i) ? i.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal) : [],
                m.TryGetProperty("pairs", out var pairs) && pairs.GetBoolean(), shareOf, shareSuffix))) ],
            e.GetProperty("prefix").GetString()!, shareOf, shareSuffix);
    }

    /// <summary>
    /// The place and the rows of the measure the title (simplified) sends there: a lender, the measure and a link before the
    /// place ("Chinese Loans to Africa", "China's lending to Africa", "Chinese FDI in Europe"), or a lender and a link before
    /// it and the measure after it (「中国对非洲贷款」); null where the title names none, or names the partner countries
    /// (<paramref name="partners"/>: their rows are the partner scope's).
    /// </summary>
    public TitleRecipient? Of(string title, NameFinder finder, string partners) => Of(title, 0, title.Length, finder, partners);

    /// <summary>
    /// The same read of a sentence in [start, end) of <paramref name="text"/>, for a figure of one of the measures' rows
    /// (<see cref="IsRow"/>) where the title names none: a sentence citing a source so named ("According to Boston
    /// University's Chinese Loans to Africa Database, Chinese lenders signed …") says where its lending went.
    /// </summary>
    public TitleRecipient? InSentence(string text, int start, int end, NameFinder finder, string partners) => Of(text, start, end, finder, partners);

    private TitleRecipient? Of(string title, int start, int end, NameFinder finder, string partners)
    {
        if (end <= start)
        {
            return null;
        }

        foreach (var name in finder.Find(title, start, end))
        {
            if (!name.IsCatalogued || Array.IndexOf(PlaceKinds, name.Kind) < 0 || name.Name == partners)
            {
                continue;
            }

            // "Chinese Loans to the Caribbean": the article after the link (its space with it) is no part of the link.
            var before = Articles.WithoutLast(title.AsSpan(start, name.Start - start).TrimEnd());
            if (Links.EndOf(before) is not { } link)
            {
                continue;
            }

            // "China-Kenya …": a pair joined by a dash names a direction only for a measure that runs one way (the lender's
            // loans: "China-Latin America Finance Database"); a pair's investment or trade runs both ways.
            var paired = PairLinks.EndOf(link) is not null;
            before = before[..^link.Length].TrimEnd();
            // English: the measure between the lender and the link; Chinese: the measure right after the place.
            if (MeasureEnding(before) is { } english && Lenders.EndOf(before[..^english.Word.Length]) is not null)
            {
                return english.Rows.To(name.Name, Prefix);
            }

            if (Lenders.EndOf(before) is not null && MeasureAt(title, name.End, end) is { } rows && (!paired || rows.Pairs))
            {
                return rows.To(name.Name, Prefix);
            }
        }

        return null;
    }

    private (string Word, TitleRecipient Rows)? MeasureEnding(ReadOnlySpan<char> text)
    {
        foreach (var (words, rows) in Measures)
        {
            if (words.EndOf(text) is { } word)
            {
                return (word, rows);
            }
        }

        return null;
    }

    // The measure right after the place, a space aside ("China-Latin America Finance Database").
    private TitleRecipient? MeasureAt(string title, int at, int end)
    {
        at += title.Length > at && title[at] == ' ' ? 1 : 0;
        foreach (var (words, rows) in Measures)
        {
            if (words.At(title, at, end) is not null)
            {
                return rows;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="label"/> sent to the title's place where it is one of the measure's rows (a sector's too: 能源贷款承诺额)
    /// or a share of one (…占贷款承诺额比重) and names no recipient of its own; else the label itself.
    /// </summary>
    public string Apply(TitleRecipient? recipient, string label) => Sent(recipient, label) ?? label;

    /// <summary>
    /// <paramref name="recipient"/> where it may take the figure of <paramref name="entity"/>; null where the title's place is
    /// a province (kind region) and the figure a place's own (kind place, a city: one within the province as the title
    /// frames it), which keeps its own name ("Shenzhen attracted US$500 million of Chinese investment" under "Chinese
    /// investment in Guangdong": 深圳's 投资额, not 对广东投资额). A country under a region's title stays the title's part
    /// (委内瑞拉占对拉美贷款承诺额比重, as the keys give it).
    /// </summary>
    public static TitleRecipient? ForEntity(TitleRecipient? recipient, string entity, NameFinder finder) =>
        recipient is not null && entity != recipient.Place && finder.Lookup(entity) is { Kind: EntityKind.Place }
            && finder.Lookup(recipient.Place) is { Kind: EntityKind.Region }
            ? null
            : recipient;

    /// <summary>Whether <paramref name="label"/> is one of a measure's rows: only then may its sentence name where the lending went.</summary>
    public bool IsRow(string label)
    {
        foreach (var (_, rows) in Measures)
        {
            for (var k = 0; k < rows.Rows.Count; k++)
            {
                if (label.EndsWith(rows.Rows[k], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A share of an amount the title's place received (<paramref name="measure"/> without the place: 能源贷款承诺额): the part
    /// its words before the row name, of the place's row (能源占对非洲贷款承诺额比重; no part: 占对非洲贷款承诺额比重).
    /// </summary>
    public string PartsShare(TitleRecipient recipient, string measure)
    {
        foreach (var row in recipient.Rows)
        {
            if (measure.EndsWith(row, StringComparison.Ordinal))
            {
                return string.Concat(measure[..^row.Length], ShareOf, recipient.Scope, recipient.Instrument.GetValueOrDefault(row) ?? row, ShareSuffix);
            }
        }

        return string.Concat(ShareOf, recipient.Scope, measure, ShareSuffix);
    }

    private string? Sent(TitleRecipient? recipient, string label)
    {
        if (recipient is null || label.Length == 0 || ScopedOpeners.Contains(label[0]))
        {
            return null;
        }

        for (var k = 0; k < recipient.Rows.Count; k++)
        {
            // A share of the row: 占 + row + 比重 (the shares made once, with the rows).
            var row = recipient.Rows[k];
            var share = label.IndexOf(recipient.Shares[k], StringComparison.Ordinal);
            if (share >= 0)
            {
                var at = share + ShareOf.Length;
                return string.Concat(label.AsSpan(0, at), recipient.Scope, recipient.Instrument.GetValueOrDefault(row) ?? row, label.AsSpan(at + row.Length));
            }

            if (label.EndsWith(row, StringComparison.Ordinal) && !label.Contains(ShareOf, StringComparison.Ordinal))
            {
                // A row of no instrument is the title's instrument (a loans report's commitments are loan commitments).
                return recipient.Instrument.TryGetValue(row, out var named)
                    ? string.Concat(recipient.Scope, label.AsSpan(0, label.Length - row.Length), named)
                    : string.Concat(recipient.Scope, label);
            }
        }

        return null;
    }
}

/// <summary>
/// The place a report's title sends its measure to (<see cref="Scope"/>: the prefix and the place, 对非洲), the rows of that
/// measure with their shares (占贷款承诺额比重, made once), the rows of no instrument that the title's instrument names, and
/// whether a pair joined by a dash names its direction (<see cref="Pairs"/>: loans run one way).
/// </summary>
internal sealed record TitleRecipient(string Place, string Scope, IReadOnlyList<string> Rows, IReadOnlyList<string> Shares, IReadOnlyDictionary<string, string> Instrument, bool Pairs)
{
    public static TitleRecipient Of(IReadOnlyList<string> rows, IReadOnlyDictionary<string, string> instrument, bool pairs, string shareOf, string shareSuffix) =>
        new("", "", rows, [.. rows.Select(r => string.Concat(shareOf, r, shareSuffix))], instrument, pairs);

    /// <summary>The measure sent to <paramref name="place"/>, read once per document.</summary>
    public TitleRecipient To(string place, string prefix) => this with { Place = place, Scope = prefix + place };
}
