using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Money a recipient gets (data: recipients in Resources/label-words.json): "the United Kingdom received $60 billion",
/// "Venezuela secured $196 billion in credit", "Saudi Arabia had drawn only USD5.9 billion", "the Middle East was the
/// largest destination, with USD39 billion", and the rows of a table of China's lending or engagement by place
/// (「Sub-Saharan Africa | USD21.7bn | +114%」). MEANING.md: Chinese lending and investment is China's own activity, so the
/// figure is the lender's and the place is where the money went: the prefix, the place and the measure (对委内瑞拉贷款承诺额,
/// 对南亚“一带一路”参与额); a rate or share on such a row keeps its own row and goes to the lender too.
/// </summary>
internal sealed record Recipients(string Prefix, WordList Verbs, WordList Nouns, WordList Links, WordList Between, WordList TimeOpeners, WordList TimeNouns, WordList Breakdowns, IReadOnlyList<string> LentMeasures, IReadOnlyList<string> RowMeasures, IReadOnlySet<string> Lenders)
{
    // Owners a figure of lending can go to: a country, a group of countries, a world region or a city abroad; China's own
    // provinces and special administrative regions (Region) lend and invest on their own account.
    private static readonly EntityKind[] PlaceKinds = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Place];

    public static Recipients Read(JsonElement e)
    {
        static WordList Words(JsonElement e, string name) => new(e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(e.GetProperty("prefix").GetString()!, Words(e, "verbs"), Words(e, "nouns"), Words(e, "links"), Words(e, "between"), Words(e, "time_openers"), Words(e, "time_nouns"), Words(e, "breakdowns"),
            [.. e.GetProperty("lent_measures").EnumerateArray().Select(x => x.GetString()!)], [.. e.GetProperty("row_measures").EnumerateArray().Select(x => x.GetString()!)],
            e.GetProperty("lenders").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal));
    }

    // The longest place name a recipient's row may carry after its prefix (撒哈拉以南非洲, 太平洋及其他地区).
    private const int MaxPlace = 12;

    /// <summary>
    /// 「对肯尼亚贷款承诺额」 → 「贷款承诺额」: the measure of a recipient's row read back as the measure of the next recipient
    /// ("Kenya received $310 million, Pakistan $95 million"), without the place it was for; any other label as it is.
    /// </summary>
    public string MeasureOf(string label, NameFinder names)
    {
        if (!label.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return label;
        }

        for (var length = Math.Min(MaxPlace, label.Length - Prefix.Length - 1); length > 0; length--)
        {
            if (IsPlace(label.Substring(Prefix.Length, length), names))
            {
                return label[(Prefix.Length + length)..];
            }
        }

        return label;
    }

    /// <summary>
    /// The entity and indicator of a figure whose actor <paramref name="actor"/> is a place that China's money went to: a
    /// figure measured (<paramref name="measured"/>, a rate's or share's base) as lending or engagement (lent_measures), or
    /// an amount the recipient rule labelled (<paramref name="indicator"/> opening with the prefix and the place), is the
    /// lender's; an amount or count not yet so labelled takes the prefix and the place. Any other figure is as given.
    /// </summary>
    /// <remarks>Only in a document whose own actor is the lender (China, or one of China's lenders: lenders, the policy banks
    /// whose loans by borrower a database tabulates) or the initiative, and not where the clause gives the figure an owner by
    /// a possessive ("Washington's development lending rose to $12 billion" is Washington's). The owner is a place, or any
    /// name in a table's row under a recipient's column ("Borrower | Amount | Loans": "African Export-Import Bank (regional) |
    /// $1,000m | 1" borrowed it).</remarks>
    public (string Entity, string Indicator) Lent(FigureContext figure, string actor, string indicator, string measured, NameFinder names)
    {
        var received = indicator.StartsWith(string.Concat(Prefix, actor), StringComparison.Ordinal);
        var documentEntity = figure.In.DocumentEntity;
        // "Balance of Belt and Road loans by region" over "Africa | RMB485bn | 21.0%" in China Exim's annual report: the
        // lender's own figures broken down by place, its lending to Africa.
        if (Lenders.Contains(documentEntity) && actor != documentEntity && IsPlace(actor, names) && IsBreakdownRow(figure))
        {
            return (documentEntity, indicator);
        }

        var lenders = documentEntity == names.DefaultActor || documentEntity == names.Initiative;
        if (actor == names.DefaultActor || !(lenders || Lenders.Contains(documentEntity))
            || (!received && (!(LentMeasures.Any(m => measured.Contains(m, StringComparison.Ordinal)) || IsLentRow(figure, measured) || Receives(figure))
                || names.Possessives.Any(p => figure.ClauseBefore.Contains(p, StringComparison.Ordinal)))))
        {
            return (actor, indicator);
        }

        // A policy bank's own database gives only its borrowers' rows to China; a place's prose figures stay the place's.
        var place = IsPlace(actor, names);
        if (!(place && lenders) && !IsRecipientRow(figure))
        {
            return (actor, indicator);
        }

        // A borrower's row no catalogued name heads ("Other LAC borrowers | 36 | …") fell to the document's lender: the lender's
        // lending still, to no place the row can name.
        var named = actor != documentEntity && !Lenders.Contains(actor);
        return (names.DefaultActor, received || !named || figure.Unit == Domain.Unit.Percent ? indicator : string.Concat(Prefix, actor, MeasureOf(indicator, names)));
    }

    // 「Latin America & Caribbean | $58.9bn | 28.2%」 under "CDB and CHEXIM energy finance by region": financing in a place's row of
    // a table is what went to it; in prose a place "provides … development finance" of its own.
    private bool IsLentRow(FigureContext figure, string measured) =>
        RowMeasures.Any(m => measured.Contains(m, StringComparison.Ordinal)) && TableHeaders.ColumnHeader(figure) is not null;

    // "Borrower | Amount | Loans", 「借款方 | 金额」: the row's name stands under a recipient's column, whatever its kind (a
    // regional bank borrows as a country does).
    public bool IsRecipientRow(FigureContext figure)
    {
        var text = figure.Text;
        if (TableLine.Header(text, figure.Mention.Start) is not { } found)
        {
            return false;
        }

        // The header's first cell ends with the noun (a caption the text joined to it stands before: "… by borrower Borrower").
        var (start, end) = TableLine.CellAt(text, found.Line.Start, found.Line.End, 0);
        return start >= 0 && Nouns.EndOf(text.AsSpan(start, end - start)) is not null;
    }

    // A table row whose caption, the line right above its header, breaks the figures down by place (breakdowns).
    private bool IsBreakdownRow(FigureContext figure)
    {
        var text = figure.Text;
        if (TableLine.Header(text, figure.Mention.Start) is not { } found || found.Line.Start == 0)
        {
            return false;
        }

        var (start, end) = TableLine.Around(text, found.Line.Start - 1);
        while (start > 0 && text.AsSpan(start, end - start).IsWhiteSpace())
        {
            (start, end) = TableLine.Around(text, start - 1);
        }

        return Breakdowns.Any(text, start, end);
    }

    private static bool IsPlace(string name, NameFinder names) => names.Lookup(name) is { } entry && Array.IndexOf(PlaceKinds, entry.Kind) >= 0;

    /// <summary>
    /// Whether the words right before the figure, after any figure before it in its sentence, make it what a recipient
    /// gets: a verb of receiving (one word such as "only" between), or a recipient noun and a link ("destination, with").
    /// </summary>
    public bool Receives(FigureContext figure)
    {
        var start = figure.PreviousFigureEnd;
        var end = figure.Mention.Start;
        // "with $39 billion and $25 billion respectively": amounts listed after one link are received alike; the words before
        // the first of them decide.
        while (start > figure.In.Sentence.Start && Conjunctions.Joins(figure.Text.AsSpan(start, end - start)) && StartOfFigureEndingAt(figure, start) is { } listed)
        {
            end = listed;
            start = PreviousEnd(figure, listed);
        }

        var before = figure.Text.AsSpan(start, end - start).TrimEnd();
        if (Between.EndOf(before) is { } word)
        {
            before = before[..^word.Length].TrimEnd();
        }

        if (Verbs.EndOf(before) is not null)
        {
            return true;
        }

        if (Links.EndOf(before) is not { } link)
        {
            return false;
        }

        var noun = before[..^link.Length].TrimEnd().TrimEnd(',');
        return Nouns.EndOf(noun) is not null || Nouns.EndOf(WithoutTimePhrase(noun)) is not null;
    }

    private static int? StartOfFigureEndingAt(FigureContext figure, int end)
    {
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].End == end)
            {
                return figures[k].Start;
            }
        }

        return null;
    }

    private static int PreviousEnd(FigureContext figure, int before)
    {
        var end = figure.In.Sentence.Start;
        var figures = figure.In.Figures;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].End <= before)
            {
                end = Math.Max(end, figures[k].End);
            }
        }

        return end;
    }

    // "destination in the first half": a time phrase (time_openers, a few words, no comma) after the recipient's noun.
    private const int MaxTimeWords = 5;

    private ReadOnlySpan<char> WithoutTimePhrase(ReadOnlySpan<char> words)
    {
        // The phrase ends with a time noun or a year ("in the first half", "in 2024"), not a place ("in the region").
        var last = words[(words.LastIndexOf(' ') + 1)..];
        if (!(TimeNouns.EndOf(last) is { } noun && noun.Length == last.Length) && !(last.Length == 4 && char.IsAsciiDigit(last[0]) && char.IsAsciiDigit(last[3])))
        {
            return words;
        }

        var rest = words;
        for (var k = 0; k < MaxTimeWords; k++)
        {
            var space = rest.LastIndexOf(' ');
            if (space <= 0 || rest[(space + 1)..].IndexOfAny(',', ';') >= 0)
            {
                return words;
            }

            var word = rest[(space + 1)..];
            rest = rest[..space].TrimEnd();
            if (TimeOpeners.EndOf(word) is { } opener && opener.Length == word.Length)
            {
                return rest;
            }
        }

        return words;
    }
}
