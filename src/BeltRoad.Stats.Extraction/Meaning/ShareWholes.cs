using System.Text.Json;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The whole a share is of (data: share_wholes in Resources/label-words.json): named after 占 / 相当于 before the figure
/// (「占同期外贸总值的45.4%」), or by a catalogued whole after it ("of our total foreign trade" → 外贸总值), else by an amount
/// the measure catalogue names after it ("of BRI engagement" → “一带一路”参与额). A whole that is
/// the total of the share's own measure (「占同期总额的」「在同期对外投资总额中占」「占同期我国对外承包工程新签合同额的」)
/// adds nothing to the row label 占比.
/// </summary>
internal sealed record ShareWholes(WordList Verbs, WordList Qualifiers, WordList Totals, IReadOnlyList<(string Name, WordList Words)> Named, WordList NamedBefore,
    WordList Sectors, IReadOnlyDictionary<string, string> SectorNames, WordList PartVerbs, WordList Parts,
    IReadOnlyDictionary<string, string[]> NamedTotals, IReadOnlyList<string> HeadlineParts, IReadOnlyList<string> Aggregates, WordList Within, WordList Appositive)
{
    public static ShareWholes Read(JsonElement e)
    {
        static WordList Words(JsonElement list) => new(list.EnumerateArray().Select(x => x.GetString()!));
        static IEnumerable<(string Word, string Name)> Named(JsonElement table) =>
            table.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(w => (w.GetString()!, p.Name)));
        var sectors = Named(e.GetProperty("sectors")).ToList();
        // A share's part is a sector or one of the parts only a share names ("trucks", "outbound trips"); an amount's only a sector.
        var names = sectors.Concat(Named(e.GetProperty("parts"))).ToDictionary(x => x.Word, x => x.Name, StringComparer.OrdinalIgnoreCase);
        var loaded = new ShareWholes(Words(e.GetProperty("verbs")), Words(e.GetProperty("qualifiers")), Words(e.GetProperty("totals")),
            [.. e.GetProperty("named").EnumerateObject().Select(p => (p.Name, Words(p.Value)))], Words(e.GetProperty("named_before")),
            new WordList(sectors.Select(x => x.Word)), names, Words(e.GetProperty("part_verbs")), new WordList(names.Keys),
            e.GetProperty("named_totals").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(x => x.GetString()!).ToArray()),
            [.. e.GetProperty("headline_parts").EnumerateArray().Select(x => x.GetString()!)],
            [.. e.GetProperty("aggregates").EnumerateArray().Select(x => x.GetString()!)], Words(e.GetProperty("within")), Words(e.GetProperty("appositive")));
        var (products, partners) = (e.GetProperty("products"), e.GetProperty("partners_trade"));
        return loaded with
        {
            Products = [.. products.GetProperty("words").EnumerateArray().Select(x => x.GetString()!)],
            ProductTotal = products.GetProperty("total").GetString()!,
            PartnersTradeWords = Words(partners.GetProperty("words")),
            PartnersTradeWhole = partners.GetProperty("whole").GetString()!,
            NationalTrade = Words(partners.GetProperty("national")),
            Columns = Words(e.GetProperty("columns")),
            BackParts = Words(e.GetProperty("back_parts")),
            PartRates = Words(e.GetProperty("part_rates")),
        };
    }

    /// <summary>Words opening an English sentence that refer back to the amount stated before it ("That", "The figure"): a share such a sentence states is that amount's.</summary>
    public WordList BackParts { get; init; } = new([]);

    /// <summary>
    /// A rate naming no part of its own that opens a share's clause (本地化率): like a share verb, it leaves the part to the
    /// count before it (「雇用当地员工1.1万余人，本地化率达82%」 → 本地员工占比).
    /// </summary>
    public WordList PartRates { get; init; } = new([]);

    /// <summary>Goods a release breaks its exports or imports down by (机电产品): a share of one is a named part of its measure's total.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>The total word a product's share names its whole with (出口总额).</summary>
    public string ProductTotal { get; init; } = "";

    /// <summary>Words that make a share of the partner countries a share of the reporter's trade (外贸, 进出口).</summary>
    public WordList PartnersTradeWords { get; init; } = new WordList([]);

    /// <summary>The whole the partner countries' trade is a share of (外贸总值).</summary>
    public string PartnersTradeWhole { get; init; } = "";

    /// <summary>Words that make a whole of trade the nation's own (「我国进出口总额」), not a province's.</summary>
    public WordList NationalTrade { get; init; } = new WordList([]);

    /// <summary>Words of a table column's header that make its percentages shares (占全省比重, "Share").</summary>
    public WordList Columns { get; init; } = new WordList([]);

    /// <summary>Whether <paramref name="label"/> is a part's name (交通, 货车) or parts listed together (私家车和微型客车).</summary>
    public bool IsPart(string label) =>
        label.Length > 0 && (SectorNames.Values.Contains(label) || label.Split(PartJoint).All(p => SectorNames.Values.Contains(p)));

    private const string PartJoint = "和";

    // The word that opens a whole stated before its within word (「在…中的比重」).
    private const char WithinOpen = '在';

    /// <summary>
    /// The part an English share's clause names before it ("Transport made up 7.2 percent of engagement", "trucks 12.4 percent",
    /// "ahead of transport with 24 percent"): the Chinese name of the last sector or part word there, and of those listed
    /// right before it with nothing but a conjunction between ("Private cars and microbuses made up 76.75 percent" →
    /// 私家车和微型客车), or null.
    /// </summary>
    public string? PartBefore(FigureContext figure)
    {
        var hits = Hits(figure, figure.Clause.Start, figure.Mention.Start, Parts);
        if (hits.Count == 0)
        {
            return null;
        }

        var first = hits.Count - 1;
        while (first > 0 && Conjunctions.Joins(figure.Text.AsSpan(hits[first - 1].End, hits[first].Start - hits[first - 1].End)))
        {
            first--;
        }

        return string.Join(PartJoint, hits.Skip(first).Select(h => SectorNames[figure.Text[h.Start..h.End]]).Distinct());
    }

    /// <summary>
    /// The part a row of a breakdown names for its share ("Energy: 27%", "Water: USD1,565.2 million (13.0%)", a table's
    /// "Transport | $46.1bn | 28.8%"): the sector and part words of the row's first cell — the line's words before its
    /// first colon, cell bar or tab, no digit among them — by their Chinese names, joined as parts listed together are
    /// ("Health and other social infrastructure: 19%" → 卫生和社会基础设施); null where the line is no such row or its
    /// first cell names none ("Asia | RMB1,210bn | 52.4%": a place, the row's amount says whose).
    /// </summary>
    public string? RowPart(FigureContext figure)
    {
        if (TableLine.FirstCell(figure.Text, figure.Mention.Start) is not var (cellStart, cellEnd))
        {
            return null;
        }

        var hits = Hits(figure, cellStart, cellEnd, Parts);
        return hits.Count == 0 ? null : string.Join(PartJoint, hits.Select(h => SectorNames[figure.Text[h.Start..h.End]]).Distinct());
    }

    /// <summary>
    /// The place a row of a breakdown is headed by, for its share ("South Asia 30%" under "… BY REGION", "East Asia &amp;
    /// Pacific | $33.6bn | 16.1%"): the catalogued countries, groups and places of the row's first cell by their names, several
    /// joined with 、 ("Africa, Latin America and other nonregional 15%" → 非洲、拉美), or null where it names none.
    /// </summary>
    public static string? RowPlace(FigureContext figure, NameFinder finder)
    {
        if (!TableLine.IsBreakdownRow(figure.Text, figure.Mention.Start) || TableLine.FirstCell(figure.Text, figure.Mention.Start) is not var (cellStart, cellEnd))
        {
            return null;
        }

        // The cell alone is read: a caption in capitals right above it would join the sentence's names into one.
        string? place = null;
        var names = finder.Find(figure.Text, cellStart, cellEnd);
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= cellStart && names[k].End <= cellEnd && names[k].Kind is EntityKind.Country or EntityKind.CountryGroup or EntityKind.Place
                && (place is null || !place.Contains(names[k].Name, StringComparison.Ordinal)))
            {
                place = place is null ? names[k].Name : place + PlaceJoint + names[k].Name;
            }
        }

        return place;
    }

    // How the places of one row's cell are listed in its label.
    private const string PlaceJoint = "、";

    /// <summary>
    /// Whether the share stands in apposition to the figure right before it ("with $45 billion, about 26 percent of the
    /// total", "US$447 million (9.7 percent of the year's total)"): nothing between them but a comma, a bracket and words
    /// of <c>appositive</c> (or, about, some …).
    /// </summary>
    public bool InApposition(FigureContext figure)
    {
        var (text, from, at) = (figure.Text, figure.PreviousFigureEnd, figure.Mention.Start);
        if (from <= figure.In.Sentence.Start || from >= at)
        {
            return false;
        }

        var matches = Appositive.Find(text, from, at).GetEnumerator();
        for (var k = from; k < at; k++)
        {
            if (text[k] is ',' or ' ' or '(' or '，' or '（')
            {
                continue;
            }

            while (matches.Current.End <= k && matches.MoveNext())
            {
            }

            if (matches.Current.Start != k || matches.Current.End <= k)
            {
                return false;
            }

            k = matches.Current.End - 1;
        }

        return true;
    }

    /// <summary>
    /// The sector an English share's clause names before it ("Transport made up 7.2 percent of engagement", "ahead of
    /// transport with 24 percent"), from <paramref name="from"/> on (the clause's start where not given): the Chinese name
    /// of the last sector word there (交通), or null. A sector word is none where it is part of a name (a capitalised word
    /// right before or after it, the figure aside: "Power China", "Green Finance &amp; Development Center"), lies inside a
    /// longer measure word ("finance commitments") or is listed with one ("finance and investments": a measure itself).
    /// </summary>
    public string? SectorBefore(FigureContext figure, int from = -1)
    {
        var hits = Hits(figure, Math.Max(from, figure.Clause.Start), figure.Mention.Start, Sectors);
        if (hits.Count == 0)
        {
            return null;
        }

        // "Green energy engagement (solar, wind and hydropower) edged up to …": a sector inside an aside closed before the
        // figure, which the clauses cut at its commas, is an example of the sector named before the aside opened.
        var last = hits[^1];
        var opener = Asides.OpenedAt(figure.Text, figure.In.Sentence.Start, last.Start, figure.Mention.Start);
        if (opener > Math.Max(from, figure.In.Sentence.Start) && Hits(figure, Math.Max(from, figure.In.Sentence.Start), opener, Sectors) is { Count: > 0 } outer)
        {
            last = outer[^1];
        }

        return SectorNames[figure.Text[last.Start..last.End]];
    }

    /// <summary>
    /// "Manufacturing, mining and energy took 28.2 percent, 20.5 percent and 10.2 percent of the total", "energy and transport
    /// absorbed the most, with $61.2 billion and $50.3 billion, or 36 percent and 30 percent of all lending": figures of one
    /// unit listed together in the figure's clause (nothing but commas and a conjunction between them), after as many sector
    /// words in their sentence before the first of them, take those sectors in order as their parts; else null.
    /// </summary>
    public string? RespectiveSector(FigureContext figure)
    {
        var (first, count, index) = ListedFigures.Run(figure);
        if (count < 2)
        {
            return null;
        }

        var hits = Hits(figure, figure.In.Sentence.Start, figure.In.Figures[first].Start, Parts);
        return hits.Count == count ? SectorNames[figure.Text[hits[index].Start..hits[index].End]] : null;
    }

    // The words of `words` (the sectors, or the sectors and parts) from `from` to `end`, in order: none where part of a name
    // (a capitalised word right before or after it, up to `end`) or inside or listed with a measure word.
    private static List<(int Start, int End)> Hits(FigureContext figure, int from, int end, WordList words)
    {
        var (text, hits) = (figure.Text, new List<(int Start, int End)>());
        var lineStart = Math.Min(from, figure.Clause.Start);
        foreach (var hit in words.Find(text, from, end))
        {
            var next = text.AsSpan(hit.End, end - hit.End).TrimStart(' ');
            var before = text.AsSpan(lineStart, hit.Start - lineStart);
            before = before[(before.LastIndexOf('\n') + 1)..].TrimEnd(' '); // a line above (a heading) names nothing on this one
            var named = (!next.IsEmpty && char.IsAsciiLetterUpper(next[0]))
                || (char.IsAsciiLetterUpper(text[hit.Start]) && before.Length > 0 && LastWordCapitalised(before));
            // "Green energy engagement (solar, wind and hydropower) rose …": a sector inside an aside opened after an earlier
            // one is that sector's example, where the figure stands past the aside.
            if (!named && !InMeasureWord(figure, hit) && (hits.Count == 0 || !Asides.IsExample(text, hits[0].End, hit.Start, end)))
            {
                hits.Add(hit);
            }
        }

        return hits;
    }

    private static bool LastWordCapitalised(ReadOnlySpan<char> before)
    {
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsAsciiLetterUpper(word[0]);
    }

    // A sector word inside a longer catalogued measure word ("finance commitments"), or listed with one after it ("finance
    // and investments").
    private static bool InMeasureWord(FigureContext figure, (int Start, int End) hit)
    {
        foreach (var m in figure.In.MeasureHits)
        {
            if ((m.Start <= hit.Start && m.End >= hit.End && m.End - m.Start > hit.End - hit.Start)
                || (m.Start > hit.End && Conjunctions.Joins(figure.Text.AsSpan(hit.End, m.Start - hit.End))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sector an amount goes to, named by one of <paramref name="links"/> right after it ("USD7 billion to electricity
    /// transmission", "USD7.9 billion in green energy projects"): its Chinese name, or null.
    /// </summary>
    public string? SectorAfter(FigureContext figure, WordList links)
    {
        var (text, end) = (figure.Text, figure.Clause.End);
        var at = Blank.SkipSpaces(text, figure.Mention.End, end);
        if (links.At(text, at, end) is not { } link)
        {
            return null;
        }

        at = Blank.SkipSpaces(text, at + link.Length, end);
        return Sectors.At(text, at, end) is { } word && !char.IsAsciiLetterUpper(text.AsSpan(at + word.Length).TrimStart(' ') is { IsEmpty: false } next ? next[0] : 'a')
            ? SectorNames[word]
            : null;
    }


    /// <summary>
    /// The whole the share names, cut to its words ("" when it names none: the total it is part of went before, 「在…中占」, or
    /// an English share names no catalogued whole); null where no share verb stands before a Chinese figure.
    /// </summary>
    public static string? Of(FigureContext figure, string entity, MeaningCatalogs catalogs)
    {
        var wholes = catalogs.Labels.Wholes;
        var text = figure.Text;
        // 「在同期我国非金融类对外直接投资中所占比重为10.6%」「中间品在…进出口中的比重为65.1%」「在全省…进出口中占比五成以上」: the
        // whole stood before, between the last 在 and the within word, cut as a whole after 占 is: whether it is the share's own
        // total is IsOwnTotal's to say (「在我国外贸总值中的比重」 names 外贸总值, 「在GDP中的比重」 GDP). 「其中占比」 has no 在.
        var within = wholes.Within.Last(text, figure.Clause.Start, figure.Mention.Start);
        var on = within > figure.Clause.Start ? text.LastIndexOf(WithinOpen, within - 1, within - figure.Clause.Start) : -1;
        if (on >= 0)
        {
            return WordedLabels.Cut(text[(on + 1)..within], entity, catalogs).TrimEnd('的');
        }

        var at = wholes.Verbs.Last(text, figure.Clause.Start, figure.Mention.Start);
        if (at < 0)
        {
            if (HanText.Any(figure.Subject))
            {
                return null;
            }

            var numberEnd = figure.Mention.NumberStart + figure.Mention.NumberLength;
            // "its share of China's foreign trade rose to 46.6%": the whole may stand before the figure, after "share of".
            var before = wholes.NamedBefore.Last(text, figure.Clause.Start, figure.Mention.Start);
            foreach (var (name, words) in wholes.Named)
            {
                if (words.Any(text, numberEnd, figure.Clause.End) || (before >= 0 && words.Any(text, before, figure.Mention.Start)))
                {
                    return name;
                }
            }

            // "Investments made up 61% of BRI engagement": an amount the measure catalogue names after the figure.
            List<(int Start, int End, string Label)>? hits = null;
            CuedLabels.LabelCues(figure.In.MeasureHits, catalogs.Metrics.Words, Domain.Unit.USD, numberEnd, figure.Clause.End, ref hits);
            if (hits is not null)
            {
                CuedLabels.DropOvershadowed(hits, figure.In.Names);
            }

            return hits is { Count: > 0 } ? hits[0].Label : "";
        }

        var after = text.AsSpan(at, figure.Mention.Start - at);
        after = after[wholes.Verbs.At(text, at, figure.Mention.Start)!.Length..];
        if (after.StartsWith("比")) // 「员工占比超过90%」: 占比 is the subject's own word, not a whole
        {
            return null;
        }

        // 「分别占同期总额的51%和57.9%」: the whole stands before the first of the figures it divides.
        var digit = after.IndexOfAnyInRange('0', '9');
        var whole = WordedLabels.Cut((digit >= 0 ? after[..digit] : after).ToString(), entity, catalogs).TrimEnd('的');
        var share = whole.LastIndexOf(catalogs.Labels.ShareSuffix, StringComparison.Ordinal);
        return (share >= 0 ? whole[..share] : whole).TrimEnd('的');
    }

    /// <summary>
    /// Whether <paramref name="whole"/> is the total of the measure <paramref name="measured"/> (or names nothing). A named
    /// whole (外贸总值) is the own total of one partner's row of the measures it totals (named_totals: 与东盟进出口总额 is a
    /// part of 进出口总额, so 「与东盟…占外贸总值的15.9%」 is 占比), except the headline rows the table keeps as rows of their
    /// own (headline_parts: 与共建国家进出口总额占外贸总值比重), and never of the measure itself stated bare (whose part is
    /// then unnamed). Any other whole is the own total where, its qualifiers and total word (总额, 总数 …) aside, it names
    /// what the part measures: a catalogued measure the part's words name too (<paramref name="measures"/>:
    /// 「非金融类对外直接投资」 of 对东盟非金融类直接投资), or words of the part (「派出总数」 of 派出劳务人员数).
    /// </summary>
    public static bool IsOwnTotal(string whole, string measured, ShareWholes wholes, MeasureWords measures)
    {
        if (wholes.Named.Any(n => n.Name == whole))
        {
            return wholes.NamedTotals.TryGetValue(whole, out var totalled) && !wholes.HeadlineParts.Contains(measured)
                && totalled.Any(m => measured.Length > m.Length && measured.EndsWith(m, StringComparison.Ordinal));
        }

        var rest = whole.AsSpan();
        while (!rest.IsEmpty && wholes.Qualifiers.At(whole, whole.Length - rest.Length, whole.Length) is { } qualifier)
        {
            rest = rest[qualifier.Length..];
        }

        // 「占同期派出总数的53.9%」「佔同年香港商品貿易總值約21.8%」「占全国中欧班列开行总量的八成」: a total of the part's own
        // kind is the whole the part belongs to; 「占中欧贸易总额的比重」 of 中欧班列运输货值 and an economy's aggregate
        // (aggregates: 外贸, GDP, 全球) are wholes of another kind.
        var aggregate = wholes.Aggregates.Any(a => whole.Contains(a, StringComparison.Ordinal));
        if (wholes.Totals.EndOf(rest) is { } total)
        {
            // A part that names no measure of its own (「派出…3.1万人，占同期派出总数的48.2%」) can only be a part of its kind's total.
            if (measured.Length == 0 && total.Length > 1 && !aggregate)
            {
                return true;
            }

            rest = rest[..^total.Length];

            // 「佔香港與「一帶一路」經濟體貿易總額的60.5%」: a total named by a word of named_totals (贸易) totals its measures
            // (进出口总额), the bare measure too; 「中欧班列运输货值占中欧贸易总额」 is of another measure.
            foreach (var (word, totalled) in wholes.NamedTotals)
            {
                if (!wholes.Named.Any(n => n.Name == word) && rest.EndsWith(word, StringComparison.Ordinal))
                {
                    return !wholes.HeadlineParts.Contains(measured) && totalled.Any(m => measured.EndsWith(m, StringComparison.Ordinal));
                }
            }
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        // The catalogue's reading last: it finds every measure word in both, where the word tests answer most wholes.
        return measured.Length > 0 && (measured.AsSpan().IndexOf(rest) >= 0 || rest.IndexOf(measured.AsSpan().TrimEnd('额')) >= 0
            || (!wholes.HeadlineParts.Contains(measured) && !aggregate
                && measures.LabelsIn(rest.ToString()).Overlaps(measures.LabelsIn(measured))));
    }
}
