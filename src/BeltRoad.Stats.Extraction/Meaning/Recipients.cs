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
        // lender's own figures broken down by place, its lending to Africa; so an institution's ("FINANCING APPROVED IN 2024
        // BY REGION" over "South Asia 30%" in a bank's report) and China's ("CODF commitments by region", "Largest Belt and
        // Road recipients" over "1. Pakistan: $31.9 billion"): the place is where the money went.
        var lenders = documentEntity == names.DefaultActor || documentEntity == names.Initiative;
        var breakdown = actor != documentEntity && (lenders || IsOwnReport(documentEntity, names)) && IsPlace(actor, names) && IsBreakdownRow(figure);
        if (breakdown && !lenders)
        {
            return (documentEntity, indicator);
        }

        if (actor == names.DefaultActor || !(lenders || Lenders.Contains(documentEntity))
            || (!received && (!(breakdown || LentMeasures.Any(m => measured.Contains(m, StringComparison.Ordinal)) || IsLentRow(figure, measured) || Receives(figure))
                || Affixes.ContainsAny(figure.ClauseBefore, names.Possessives))))
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

    // A lender's or another institution's own report keeps a place's row of its breakdown (a bank's approvals by region); in
    // China's or the initiative's it goes to China as any lending to a place does (the initiative lends nothing itself).
    private bool IsOwnReport(string documentEntity, NameFinder names) =>
        Lenders.Contains(documentEntity) || names.Lookup(documentEntity)?.Kind == EntityKind.Institution;

    // A table row whose caption, the line right above its header, breaks the figures down by place (breakdowns); or a row of
    // a short list under such a caption, a label and its value a line ("1. Pakistan: $31.9 billion", "South Asia 30%"),
    // whose caption names the places as recipients ("Largest Belt and Road recipients, …").
    private bool IsBreakdownRow(FigureContext figure)
    {
        var text = figure.Text;
        int start, end;
        var header = TableLine.Header(text, figure.Mention.Start);
        if (header is { } found)
        {
            // The caption the text joined to the header's line stands before its first cell ("… by region, 2008-2021 Region | …").
            (start, end) = (found.Line.Start, found.Line.End);
            var (cell, cellEnd) = TableLine.CellAt(text, start, end, 0);
            if (cell >= 0 && Breakdowns.Any(text, cell, cellEnd))
            {
                return true;
            }
        }
        else
        {
            (start, end) = TableLine.Around(text, figure.Mention.Start);
            // A list is two rows or more: a lone line ending with a figure is prose.
            var next = text.IndexOf('\n', end);
            var listed = next >= 0 && next + 1 < text.Length && TableLine.Around(text, next + 1) is var (ns, ne) && IsListedValue(text, ns, ne);
            if (!IsListedValue(text, start, end))
            {
                // The first row, its caption joined to it by the text ("FINANCING APPROVED IN 2024 BY REGION South Asia 30%").
                return listed && text.AsSpan(figure.Mention.End, end - figure.Mention.End).IsWhiteSpace() && Breakdowns.Any(text, start, figure.Mention.Start);
            }
            for (var up = 0; start > 0 && up < MaxListedRows; up++)
            {
                var (ps, pe) = TableLine.Around(text, start - 1);
                if (!IsListedValue(text, ps, pe))
                {
                    break;
                }

                (start, end) = (ps, pe);
                listed = true;
            }

            if (!listed)
            {
                return false;
            }
        }

        if (start == 0)
        {
            return false;
        }

        (start, end) = TableLine.Around(text, start - 1);
        while (start > 0 && text.AsSpan(start, end - start).IsWhiteSpace())
        {
            (start, end) = TableLine.Around(text, start - 1);
        }

        return Breakdowns.Any(text, start, end) || (header is null && Nouns.Any(text, start, end));
    }

    // The most rows a listed breakdown is walked up to its caption.
    private const int MaxListedRows = 40;

    // The longest label a listed row may carry before its value ("Africa, Latin America and other nonregional 15%").
    private const int MaxListedLabel = 60;

    // "1. Pakistan: $31.9 billion" (TableLine.IsLabelledValue) or "South Asia 30%": a short label holding no digit and one value
    // ending the line, no sentence around it.
    private static bool IsListedValue(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start).Trim();
        if (TableLine.IsLabelledValue(line))
        {
            return true;
        }

        var digit = line.IndexOfAnyInRange('0', '9');
        if (digit <= 0 || digit > MaxListedLabel || line[^1] is not ('%' or (>= '0' and <= '9')))
        {
            return false;
        }

        // A caption ends with its years ("Largest recipients, 2015-2019"), a row with its value.
        var value = line[digit..];
        var label = line[..digit].TrimEnd();
        return value.IndexOf(' ') < 0 && label.IndexOfAny('.', '。', ';') < 0 && label[^1] is not (',' or '，') && char.IsLetter(line[0]) && !IsYears(value);
    }

    private static bool IsYears(ReadOnlySpan<char> value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[3]) && (value.Length == 4 || value[4] is '-' or '–' or '—' or '/');

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
