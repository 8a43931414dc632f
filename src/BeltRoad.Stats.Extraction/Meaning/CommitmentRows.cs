using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a commitment commits (data: commitments in Resources/label-words.json): the catalogue's row for "committed",
/// "commitments" (融资承诺额) says no instrument. A fund commits investment ("the fund signed nine new projects with
/// commitments of $1.6 billion" → 承诺投资额: an entity whose name ends with a fund's suffix); where loans are the only
/// instrument the sentence or the one before names ("… across nine loans in 2022, and with the record US$28.4 billion
/// committed in 2016"; not "loans and credit lines", "aid and credit"), the commitments are loans: 贷款承诺额.
/// </summary>
internal sealed record CommitmentRows(string Label, IReadOnlyList<string> FundSuffixes, string FundLabel, WordList LoanWords, WordList OtherWords, string LoanLabel)
{
    public static CommitmentRows Read(JsonElement e)
    {
        static List<string> Strings(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];
        return new(e.GetProperty("label").GetString()!, Strings(e, "fund_suffixes"), e.GetProperty("fund_label").GetString()!,
            new WordList(Strings(e, "loan_words")), new WordList(Strings(e, "other_words")), e.GetProperty("loan_label").GetString()!);
    }

    /// <summary>The row of the commitment the figure's cued <paramref name="label"/> names, or null where it is no commitment or says no more.</summary>
    public string? For(FigureContext figure, string entity, string? label)
    {
        if (label != Label)
        {
            return null;
        }

        if (FundSuffixes.Any(s => entity.EndsWith(s, StringComparison.Ordinal)))
        {
            return FundLabel;
        }

        var (text, sentence) = (figure.Text, figure.In.Sentence);
        var start = figure.In.Before is { } before ? before.Start : sentence.Start;
        return LoanWords.Any(text, start, sentence.End) && !OtherInstrument(text, start, sentence.End) ? LoanLabel : null;
    }

    // Another instrument named in lower case (a capitalised word is a name's: "China-Latin America Finance Database").
    private bool OtherInstrument(string text, int start, int end)
    {
        foreach (var (at, _) in OtherWords.Find(text, start, end))
        {
            if (!char.IsUpper(text[at]))
            {
                return true;
            }
        }

        return false;
    }
}
