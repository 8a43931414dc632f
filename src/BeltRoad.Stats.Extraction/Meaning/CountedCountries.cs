using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// English counts of countries that the measure of their sentence names (data: counted_countries in
/// Resources/label-words.json). Borrowers: a count of countries right after one of BorrowerLinks ("loans worth $225 billion
/// to 65 governments", "1,306 loans … with 49 African governments"), naming a
/// loan (commitments.loan_words) in its clause (in its sentence where the clause is only the link: ", to eight countries";
/// after the sentence before where the clause opens with money_back_references: "The money went to eight countries"), counts
/// the borrowers, 借款国数; the institutions listed right after it with "and"
/// ("… and seven regional institutions") the borrowing institutions, 借款机构数. Countries that had a measure: a count of
/// countries right after one of HadLinks ("non-financial direct investment … in 56 countries along the Belt and Road",
/// "signed 1,922 new contracts in 61 countries") whose sentence's measure before it ends with one of HadRows' measures is
/// that row + the countries' noun (有非金融类直接投资的共建国家数, as 「对沿线56个国家进行了非金融类直接投资」 gives it), the
/// partner countries' where the sentence names them; a count with a row of its own ("in 168 countries and regions") is not one.
/// Countries whose measure fell to nothing: a count of countries that one of ZeroWords follows in its sentence, no other
/// figure between but one inside the words ("19 countries saw a 100 percent drop in BRI engagement", "20 countries, among
/// them …, recorded no new Chinese engagement"), counts the countries that lost the measure the first cue after the words
/// names: that label + Zeroed + the country row (“一带一路”参与额归零的国家数), as a table of a portfolio's countries writes it.
/// </summary>
internal sealed record CountedCountries(WordList BorrowerLinks, IReadOnlyDictionary<Unit, string> BorrowerRows, WordList BorrowedMoney, WordList HadLinks,
    IReadOnlyList<(string Measure, string Row)> HadRows, string Countries, string Partners, WordList OriginLinks, string Origin, WordList ZeroWords, string Zeroed)
{
    private const string And = "and";

    public static CountedCountries Read(JsonElement e)
    {
        WordList Words(JsonElement x, string name) => new(x.GetProperty(name).EnumerateArray().Select(w => w.GetString()!));
        var (borrowers, had) = (e.GetProperty("borrowers"), e.GetProperty("had"));
        return new(Words(borrowers, "links"),
            borrowers.GetProperty("rows").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!),
            Words(borrowers, "money_back_references"),
            Words(had, "links"),
            [.. had.GetProperty("rows").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).OrderByDescending(p => p.Name.Length)],
            had.GetProperty("countries").GetString()!, had.GetProperty("partners").GetString()!,
            Words(e.GetProperty("origins"), "links"), e.GetProperty("origins").GetProperty("label").GetString()!,
            Words(e.GetProperty("zeroed"), "words"), e.GetProperty("zeroed").GetProperty("label").GetString()!);
    }

    /// <summary>The row of the countries whose measure dropped to nothing, or null.</summary>
    public string? Dropped(FigureContext figure, string countryRow, MeasureWords words)
    {
        if (figure.Unit != Unit.Countries)
        {
            return null;
        }

        var (text, sentence) = (figure.Text, figure.In.Sentence);
        var (at, end) = (-1, -1);
        foreach (var (start, stop) in ZeroWords.Find(text, figure.Mention.End, sentence.End))
        {
            (at, end) = (start, stop);
            break;
        }

        if (at < 0)
        {
            return null;
        }

        // Another figure between the count and the words is what they speak of ("30 countries signed 20 deals, but no new …").
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].Start >= figure.Mention.End && figures[k].Start < at)
            {
                return null;
            }
        }

        List<(int Start, int End, string Label)>? hits = null;
        CuedLabels.LabelCues(figure.In.MeasureHits, words, Unit.USD, end, sentence.End, ref hits);
        if (hits is null)
        {
            return null;
        }

        CuedLabels.DropOvershadowed(hits, figure.In.Names);
        return hits.Count > 0 ? hits[0].Label + Zeroed + countryRow : null;
    }

    /// <summary>The borrowers' row of a count of countries or institutions lent to, or null.</summary>
    public string? Borrowers(FigureContext figure, string? own, string countryRow, WordList loanWords)
    {
        // A row of its own other than the bare country row ("to 27 countries and regions": 国家和地区数) is what a portfolio spans.
        if (!BorrowerRows.TryGetValue(figure.Unit, out var row) || (figure.Unit == Unit.Countries && own is not null && own != countryRow))
        {
            return null;
        }

        var (text, mention, clause) = (figure.Text, figure.Mention, figure.Clause.Start);
        var at = mention.Start;
        if (figure.Unit != Unit.Countries)
        {
            // "to 49 African governments and seven regional institutions": listed right after a count of countries.
            var figures = figure.In.Figures;
            var index = ReadOnlyLists.IndexOf(figures, mention);
            if (index < 1 || figures[index - 1] is not { Unit: MentionUnit.Countries } countries || countries.Start < clause || countries.End > at
                || !ListedWithAnd(text.AsSpan(countries.End, at - countries.End)))
            {
                return null;
            }

            at = countries.Start;
        }

        var beforeCount = text.AsSpan(clause, at - clause);
        if (BorrowerLinks.EndOf(beforeCount) is not { } link)
        {
            return null;
        }

        // The loan must govern the count: named in its clause; in the sentence's earlier clauses where the count's clause is
        // only its link (", to eight countries"); in the sentence before where the clause opens by referring back to the money
        // ("The money went to eight countries"). "It signed cooperation agreements with 65 countries" after a sentence on
        // loans counts no borrowers.
        var start = clause;
        var opening = beforeCount.TrimStart(" -–—•*");
        if (opening.TrimEnd().Length == link.Length)
        {
            start = figure.In.Sentence.Start;
        }
        else if (figure.In.Before is { } before && BorrowedMoney.At(text, at - opening.Length, at) is not null)
        {
            start = before.Start;
        }

        return loanWords.Any(text, start, at) ? row : null;
    }

    /// <summary>The row of the countries that had the measure its sentence names before the count, or null.</summary>
    public string? Had(FigureContext figure, string? own, string countryRow, MeasureWords words, PartnerScope partners, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        // A row of its own other than the bare country row ("in 168 countries and regions": 国家和地区数) is what a portfolio spans.
        if (figure.Unit != Unit.Countries || (own is not null && own != countryRow) || HadLinks.EndOf(figure.ClauseBefore) is null)
        {
            return null;
        }

        var sentence = figure.In.Sentence;
        var measure = CuedLabels.LastCue(figure.In.MeasureHits, words, Unit.USD, sentence.Start, figure.Mention.Start, figure.In.Names);
        for (var k = earlier.Count - 1; measure is null && k >= 0; k--)
        {
            measure = earlier[k].Unit.IsCurrency() ? earlier[k].Indicator : null;
        }

        if (measure is null)
        {
            return null;
        }

        foreach (var (had, row) in HadRows)
        {
            if (measure.EndsWith(had, StringComparison.Ordinal))
            {
                var named = measure.Length > had.Length && measure.Contains(partners.Label, StringComparison.Ordinal)
                    || partners.NamedIn(figure.Text, sentence.Start, figure.Clause.End, had);
                return row + (named ? Partners : Countries);
            }
        }

        return null;
    }

    /// <summary>
    /// The row of countries what is counted comes from ("120 resident companies from 15 countries", "business leaders from
    /// over 70 countries", "Travellers from 88 countries and regions"): a count of countries right after one of OriginLinks is
    /// the counted thing's (the label of a count before it in its clause, its count suffix dropped, where that is no generic
    /// row) + Origin + the count's own row (来源国家数, 企业来源国家数, 来源国家和地区数); not the start of a movement (another
    /// count of countries after it in its clause: "from 65 countries to 80"), nor partner countries ("from 104 partner countries").
    /// </summary>
    public string? Origins(FigureContext figure, string? own, LabelWords labels, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var countryRow = labels.CountRows[Unit.Countries];
        if (figure.Unit != Unit.Countries || OriginLinks.EndOf(figure.ClauseBefore) is not { } link
            || (labels.ComparisonWords.EndOf(figure.ClauseBefore) is { } compared && compared.Length > link.Length))
        {
            return null;
        }

        // A catalogued row of another measure names the countries itself ("Delegates from 64 countries attended": 参会国家数,
        // not a comparison with a count of countries before it); "1,585 enterprises from 104 partner countries": the partner
        // countries counted keep their own row.
        if (own is not null && !own.AsSpan().StartsWith(countryRow.AsSpan(0, countryRow.Length - 1), StringComparison.Ordinal))
        {
            return own;
        }

        if (labels.Partners.Groups.Any(figure.Text, figure.Mention.NumberStart, figure.Clause.End))
        {
            return null;
        }

        var figures = figure.In.Figures;
        for (var k = ReadOnlyLists.IndexOf(figures, figure.Mention) + 1; k > 0 && k < figures.Count && figures[k].Start < figure.Clause.End; k++)
        {
            if (figures[k].Unit == MentionUnit.Countries)
            {
                return null;
            }
        }

        var row = own ?? countryRow;
        var thing = "";
        var previous = figure.PreviousFigureEnd;
        if (earlier.Count > 0 && previous >= figure.Clause.Start && earlier[^1] is { Unit: not Unit.Countries } counted
            && !counted.Unit.IsCurrency() && counted.Indicator.EndsWith(Count, StringComparison.Ordinal) && !labels.CountRows.Values.Contains(counted.Indicator) && !labels.UnnamedRows.Values.Contains(counted.Indicator))
        {
            thing = counted.Indicator[..^(counted.Indicator.EndsWith(PersonsCount, StringComparison.Ordinal) ? PersonsCount.Length : Count.Length)];
        }

        return thing + Origin + row;
    }

    private const string Count = "数";
    private const string PersonsCount = "人数";

    // Nothing but words and "and" between two counts: no comma, digit or clause break.
    private static bool ListedWithAnd(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        return between.EndsWith(And, StringComparison.Ordinal) && (between.Length == And.Length || between[^(And.Length + 1)] == ' ')
            && between.IndexOfAny(",;:") < 0 && !between.ContainsAnyInRange('0', '9');
    }
}
