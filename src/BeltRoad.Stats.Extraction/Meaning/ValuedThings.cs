using System.Buffers;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What an amount values (data: valued in Resources/label-words.json): the projects counted right before a value link
/// ("218 investment projects worth 157.1 billion yuan", "135 projects with a combined value of …", "33 projects, valued
/// at …") are what the amount is worth, the count's row with the amount suffix (投资项目金额, 项目金额; 签约项目金额 where
/// a verb of signing stands in its clause: "were inked"); a thing an amount stands before as an adjective ("The $1.5
/// billion port", "the 310 billion shillings (2.86 billion U.S. dollars) port") is what it cost: the cost row (项目造价).
/// </summary>
internal sealed record ValuedThings(WordList Links, WordList Between, IReadOnlyList<Unit> CountedUnits, IReadOnlyDictionary<Unit, string> CountSuffixes, string AmountSuffix,
    WordList SignedWords, string SignedPrefix, string CostLabel, WordList Articles, WordList Things, WordList Stops, WordList NotCosts, OneLoanRow Loan)
{
    // How many words may stand between an adjective amount and the thing it costs ("the $4.7 billion Addis Ababa-Djibouti railway").
    private const int MaxWordsBeforeThing = 4;

    /// <summary>Reads label-words.json's valued; <paramref name="countSuffixes"/> are its count_suffix (项目数 ends with 数).</summary>
    public static ValuedThings Read(JsonElement e, IReadOnlyDictionary<Unit, string> countSuffixes)
    {
        static IEnumerable<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!);
        static WordList Words(JsonElement e, string name) => new(Strings(e, name));
        var cost = e.GetProperty("cost");
        return new(Words(e, "links"), Words(e, "between"), [.. e.GetProperty("counted_units").EnumerateArray().Select(x => UnitCodes.Parse(x.GetString()!))],
            countSuffixes, e.GetProperty("amount_suffix").GetString()!,
            Words(e.GetProperty("signed"), "words"), e.GetProperty("signed").GetProperty("prefix").GetString()!,
            cost.GetProperty("label").GetString()!, Words(cost, "articles"), Words(cost, "things"),
            new(Strings(cost, "stops").Concat(Strings(cost, "not_costs"))), Words(cost, "not_costs"), OneLoanRow.Read(e.GetProperty("one_loan")))
        {
            CargoUnits = [.. e.GetProperty("cargo").GetProperty("units").EnumerateArray().Select(x => UnitCodes.Parse(x.GetString()!))],
            CargoLabel = e.GetProperty("cargo").GetProperty("label").GetString()!,
            PriceRows = cost.GetProperty("price_rows").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The units of cargo carried (tonnes, TEU) whose value a value link after them gives.</summary>
    public IReadOnlyList<Unit> CargoUnits { get; init; } = [];

    /// <summary>Rows of what one pays for a use (票价): "First-class tickets now cost Sh4,500" is a fare, no thing's cost.</summary>
    public IReadOnlySet<string> PriceRows { get; init; } = new HashSet<string>();

    /// <summary>The row of what cargo carried is worth (货值).</summary>
    public string CargoLabel { get; init; } = "";

    // How long the cargo's noun may run between its count and the value link ("of cross-border freight").
    private const int MaxCargoNoun = 60;

    /// <summary>
    /// "carried 3.43 million tonnes of cross-border freight worth more than 15.4 billion yuan", "11 million TEUs of goods, with
    /// a combined value of …": an amount a value link joins to the cargo counted right before it (the sentence's last figure,
    /// in tonnes or TEU, nothing but its noun and a comma between, no measure of the amount's unit among them) is what the cargo is worth: the cargo row (货值); else null.
    /// </summary>
    public string? CargoValue(FigureContext figure, MeasureWords words, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var previousEnd = figure.PreviousFigureEnd;
        if (earlier.Count == 0 || !CargoUnits.Contains(earlier[^1].Unit) || previousEnd <= figure.In.Sentence.Start || previousEnd > figure.Mention.Start)
        {
            return null;
        }

        var before = figure.Text.AsSpan(previousEnd, figure.Mention.Start - previousEnd).TrimEnd();
        while (Between.EndOf(before) is { } qualifier)
        {
            before = before[..^qualifier.Length].TrimEnd();
        }

        if (Links.EndOf(before) is not { } link)
        {
            return null;
        }

        // "produced 1.7 million tonnes of steel and exported products worth …": a measure of the amount's unit named between
        // says what the amount is.
        var noun = before[..^link.Length].TrimEnd().TrimEnd(',');
        List<(int Start, int End, string Label)>? cues = null;
        CuedLabels.LabelCues(figure.In.MeasureHits, words, figure.Unit, previousEnd, previousEnd + noun.Length, ref cues);
        return noun.Length <= MaxCargoNoun && noun.IndexOfAny(ClauseMarks) < 0 && cues is null ? CargoLabel : null;
    }

    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(";:.，；。");

    /// <summary>
    /// The row of the projects counted right before the value link that leads to the amount (a qualifier such as "about"
    /// may stand between the link and the amount, a comma between the count's noun and the link), or that the amount
    /// follows in a bracket ("25 projects (USD5.9 billion)"): the count's row with its count suffix made the amount
    /// suffix (投资项目数 → 投资项目金额); else null.
    /// </summary>
    public string? Counted(FigureContext figure, MeasureWords words, IReadOnlyList<(Unit Unit, string Indicator)> earlier)
    {
        var (text, sentence) = (figure.Text, figure.In.Sentence.Start);
        // "Sovereign-backed projects numbered 25 (USD5,858 million)": an amount in a bracket opened right after the count.
        var previousEnd = figure.PreviousFigureEnd;
        if (previousEnd > sentence && earlier.Count > 0 && CountedUnits.Contains(earlier[^1].Unit)
            && text.AsSpan(previousEnd, figure.Mention.Start - previousEnd).Trim() is "(" && AmountOf(earlier[^1].Indicator, earlier[^1].Unit) is { } bracketed)
        {
            return Signed(figure) + bracketed;
        }

        var before = figure.SentenceBefore.TrimEnd();
        while (Between.EndOf(before) is { } qualifier)
        {
            before = before[..^qualifier.Length].TrimEnd();
        }

        if (Links.EndOf(before) is not { } link)
        {
            return null;
        }

        var end = sentence + before.Length - link.Length;
        var noun = text.AsSpan(sentence, end - sentence).TrimEnd().TrimEnd(',').TrimEnd();
        var nounEnd = sentence + noun.Length;
        foreach (var unit in CountedUnits)
        {
            List<(int Start, int End, string Label)>? hits = null;
            CuedLabels.LabelCues(figure.In.MeasureHits, words, unit, sentence, nounEnd, ref hits);
            if (hits is { Count: > 0 } && hits[^1].End == nounEnd && AmountOf(hits[^1].Label, unit) is { } amount && !NamedOtherwise(figure, words))
            {
                return Signed(figure) + amount;
            }
        }

        return null;
    }

    // A count's row with its count suffix made the amount suffix (投资项目数 → 投资项目金额), or null.
    private string? AmountOf(string counted, Unit unit) =>
        CountSuffixes.GetValueOrDefault(unit) is { Length: > 0 } suffix && counted.EndsWith(suffix, StringComparison.Ordinal)
            ? counted[..^suffix.Length] + AmountSuffix
            : null;

    // Whether a cue of the amount's unit stands in its sentence before it, other than inside a longer noun of counted
    // projects: a verb of flow names the measure ("the fund approved 45 projects worth 9.6 billion dollars" → 批准融资额;
    // "92 approved projects worth …, while 17 projects worth …" goes on with it), the kind of project does not
    // ("investment" in "218 investment projects worth …").
    private bool NamedOtherwise(FigureContext figure, MeasureWords words)
    {
        var (start, end) = (figure.In.Sentence.Start, figure.Mention.Start);
        List<(int Start, int End, string Label)>? cues = null;
        CuedLabels.LabelCues(figure.In.MeasureHits, words, figure.Unit, start, end, ref cues);
        if (cues is null)
        {
            return false;
        }

        List<(int Start, int End, string Label)>? nouns = null;
        foreach (var unit in CountedUnits)
        {
            CuedLabels.LabelCues(figure.In.MeasureHits, words, unit, start, end, ref nouns);
        }

        return cues.Exists(c => nouns is null || !nouns.Exists(n => n.Start <= c.Start && n.End >= c.End && n.End - n.Start > c.End - c.Start));
    }

    // 签约 where a verb of signing stands in the figure's clause ("were inked", "concluded 15 projects worth …"), else "".
    private string Signed(FigureContext figure) =>
        SignedWords.Any(figure.Text, figure.Clause.Start, figure.Clause.End) ? SignedPrefix : "";

    /// <summary>
    /// The cost row where the amount stands as an adjective between an article (or a possessive) and a thing it cost, a
    /// few words of its name or kind between ("The $1.5 billion port", "Kenya's $3.2 billion railway", an amount restated
    /// in a bracket after it aside); else null.
    /// </summary>
    public string? Cost(FigureContext figure, IReadOnlyList<string> possessives) =>
        HeadAfter(figure, possessives, Things, NotCosts) ? CostLabel : null;

    /// <summary>
    /// One loan's amount where the catalogue's generic loan row (<paramref name="label"/>) would give what was
    /// committed: the amount stands as an adjective before the loan, and a verb of signing in its clause ("Montenegro signed
    /// the $944 million loan with China", "signed a 140 million euro loan for the terminal", "a $2.67 billion
    /// government-to-government loan signed in April 2018") or an indefinite article before it (a loan the text introduces:
    /// "financed through a $350 million loan from …"; not "a US$44 billion loan programme", nor "repaid part of the
    /// $3 billion railway loan"): the loan row (贷款额); else null.
    /// </summary>
    public string? OneLoan(FigureContext figure, IReadOnlyList<string> possessives, string? label)
    {
        if (label != Loan.From || HeadEnd(figure, possessives, Loan.Things, Loan.NotHeads) is not (>= 0 and var end))
        {
            return null;
        }

        // "through a $350 million loan from the Export-Import Bank": a loan its lender is named after is one loan too, as is
        // one an indefinite article introduces.
        var (text, after) = (figure.Text, Blank.SkipSpaces(figure.Text, end, figure.Clause.End));
        return SignedWords.Any(text, figure.Clause.Start, figure.Clause.End)
            || (Loan.Lenders.At(text, after, figure.Clause.End) is { } link && WordList.IsWholeWord(text, after, link.Length))
            || Loan.Indefinite.EndOf(figure.SentenceBefore) is not null
            ? Loan.Label : null;
    }

    /// <summary>
    /// The label of the catalogued cue of <paramref name="unit"/> that heads the noun an amount stands before as an
    /// adjective, after an article (or a possessive) and a few words of its kind ("Egypt sold a RMB3.5 billion sustainable
    /// panda bond", "a US$2 billion three-year credit line"; an amount restated in a bracket after it aside); else null.
    /// </summary>
    public string? HeadCue(FigureContext figure, IReadOnlyList<string> possessives, MeasureWords words, Unit unit)
    {
        var (text, m) = (figure.Text, figure.Mention);
        var before = figure.SentenceBefore.TrimEnd();
        if (!Affixes.EndsWithAny(before, possessives) && Articles.EndOf(before) is null)
        {
            return null;
        }

        var (at, end) = (Blank.SkipSpaces(text, m.End, figure.Clause.End), figure.Clause.End);
        at = Blank.SkipSpaces(text, Asides.Skip(text, at, end, end - at), end);

        for (var word = 0; word < MaxWordsBeforeThing && at < end; word++)
        {
            if (CueAt(figure, words, unit, at) is { } label)
            {
                return label;
            }

            if (Stops.At(text, at, end) is { } stop && WordList.IsWholeWord(text, at, stop.Length))
            {
                return null;
            }

            var next = text.IndexOf(' ', at, end - at);
            var token = text.AsSpan(at, (next < 0 ? end : next) - at);
            // "five-year", "10-year" are words of the noun's kind; a bare number or a punctuated token ends it.
            if (next < 0 || token.IsEmpty || !(char.IsAsciiLetter(token[0]) || token.Contains('-')) || (token.ContainsAnyInRange('0', '9') && !token.Contains('-'))
                || token.ContainsAny(",;:()"))
            {
                return null;
            }

            at = Blank.SkipSpaces(text, next, end);
        }

        return null;
    }

    // The label of the longest catalogued cue of the unit starting at `at` as a whole word, or null.
    private static string? CueAt(FigureContext figure, MeasureWords words, Unit unit, int at)
    {
        var (label, length) = ((string?)null, 0);
        var hits = figure.In.MeasureHits;
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            if (hit.Start == at && hit.WholeInText && hit.End - hit.Start > length && words[hit.Word].LabelFor(unit) is { } l)
            {
                (label, length) = (l, hit.End - hit.Start);
            }
        }

        return label;
    }

    // Whether the amount stands as an adjective between an article (or a possessive) and one of things, the head of its noun
    // (none of notHeads right after it: "the $3 billion railway loan" is a loan for the railway).
    private bool HeadAfter(FigureContext figure, IReadOnlyList<string> possessives, WordList things, WordList notHeads) =>
        HeadEnd(figure, possessives, things, notHeads) >= 0;

    // Where the thing the amount stands before as an adjective ends (HeadAfter), or -1.
    private int HeadEnd(FigureContext figure, IReadOnlyList<string> possessives, WordList things, WordList notHeads)
    {
        var (text, m) = (figure.Text, figure.Mention);
        var before = figure.SentenceBefore.TrimEnd();
        if (!Affixes.EndsWithAny(before, possessives) && Articles.EndOf(before) is null)
        {
            return -1;
        }

        var (at, end) = (Blank.SkipSpaces(text, m.End, figure.Clause.End), figure.Clause.End);
        at = Blank.SkipSpaces(text, Asides.Skip(text, at, end, end - at), end);

        for (var word = 0; word < MaxWordsBeforeThing && at < end; word++)
        {
            if (things.At(text, at, end) is { } thing && WordList.IsWholeWord(text, at, thing.Length))
            {
                // The thing must be the head: "the $3 billion railway loan" is a loan for it.
                var after = Blank.SkipSpaces(text, at + thing.Length, end);
                return after < end && notHeads.At(text, after, end) is { } head && WordList.IsWholeWord(text, after, head.Length) ? -1 : at + thing.Length;
            }

            if (Stops.At(text, at, end) is { } stop && WordList.IsWholeWord(text, at, stop.Length))
            {
                return -1;
            }

            var next = text.IndexOf(' ', at, end - at);
            var token = text.AsSpan(at, (next < 0 ? end : next) - at);
            if (next < 0 || token.IsEmpty || !char.IsAsciiLetter(token[0]) || token.ContainsAnyInRange('0', '9') || token.ContainsAny(",;:()"))
            {
                return -1;
            }

            at = Blank.SkipSpaces(text, next, end);
        }

        return -1;
    }
}

/// <summary>One loan's row (data: valued.one_loan): an amount the generic loan row (from) labels, standing as an adjective before one of things, is the loan's amount (label), unless one of not_heads follows; with a verb of signing in its clause, one of lenders (from) right after it, or one of indefinite (an article) right before it.</summary>
internal sealed record OneLoanRow(string From, string Label, WordList Things, WordList NotHeads, WordList Lenders, WordList Indefinite)
{
    public static OneLoanRow Read(JsonElement e)
    {
        static WordList Words(JsonElement e, string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(e.GetProperty("from").GetString()!, e.GetProperty("label").GetString()!, Words(e, "things"), Words(e, "not_heads"), Words(e, "lenders"), Words(e, "indefinite"));
    }
}
