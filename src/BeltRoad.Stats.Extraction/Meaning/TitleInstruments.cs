using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A report whose title names the kind of finance it counts (data: title_instruments in Resources/label-words.json):
/// "China's Overseas Development Finance Fell to …", 「中国海外发展融资…」. Its loans, commitments, loan counts and borrowers
/// are that finance's rows, as a statistics table headed by it names them: 贷款承诺额 → 海外发展融资承诺额, 贷款笔数 →
/// 海外发展融资贷款笔数, 对非洲融资承诺额 → 对非洲海外发展融资承诺额. Read once per document from its title.
/// </summary>
internal sealed record TitleInstruments(IReadOnlyList<(WordList Words, (string Row, string Named)[] Rows)> Instruments, string ScopePrefix)
{
    public static TitleInstruments Read(JsonElement e, string scopePrefix) =>
        new([.. e.EnumerateArray().Select(i => (new WordList(i.GetProperty("words").EnumerateArray().Select(w => w.GetString()!)), Rows(i.GetProperty("rows"))))],
            scopePrefix);

    // The rows in the table's order, as pairs: asked for every figure of such a document, an array is walked with no
    // enumerator; a row written twice fails loudly, as a dictionary's key would.
    private static (string Row, string Named)[] Rows(JsonElement rows)
    {
        var pairs = rows.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToArray();
        return pairs.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() == pairs.Length
            ? pairs : throw new FormatException("label-words.json title_instruments: a row is written twice");
    }

    /// <summary>The rows of the finance the title (simplified) names, or null where it names none.</summary>
    public (string Row, string Named)[]? Of(string title)
    {
        foreach (var (words, rows) in Instruments)
        {
            if (words.Any(title, 0, title.Length))
            {
                return rows;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="label"/> with its row renamed where it ends with one of <paramref name="rows"/> and names nothing
    /// before it but a recipient (对非洲…): a sector's or a share's label keeps its own words; else the label itself.
    /// </summary>
    public string Apply((string Row, string Named)[]? rows, string label)
    {
        if (rows is null)
        {
            return label;
        }

        foreach (var (row, named) in rows)
        {
            if (label.EndsWith(row, StringComparison.Ordinal)
                && (label.Length == row.Length || label.StartsWith(ScopePrefix, StringComparison.Ordinal)))
            {
                return string.Concat(label.AsSpan(0, label.Length - row.Length), named);
            }
        }

        return label;
    }
}
