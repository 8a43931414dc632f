using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Recognizers;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a figure measures, as a statistics table names the row: the catalogue's label whose cue stands nearest the
/// figure in its clause; a percentage names its base (「进出口总额占外贸总值比重」, 「直接投资同比增长率」), a
/// percentage-point change keeps the label of the share it changes; otherwise the subject cut to its measure
/// (actor, ellipsis and adverbs dropped) with the count suffix of the unit (「签署合作文件的国家数」).
/// </summary>
internal static class IndicatorResolver
{
    // What the figure measures: the first of these that applies. A percentage names its base; any other figure the
    // catalogue's label, else a label made from its words.
    // A stake (持股51%, "a 67 percent stake") is the one percentage the catalogue names; a rate of change never is one.
    private static readonly RuleList<IndicatorFacts, string?> Rules = new(
        ("pull on a whole's growth", static f => f.Figure.Unit == Domain.Unit.PercentagePoints ? f.Catalogs.Labels.Pulls.For(f.Figure) : null),
        ("gap between two rates", static f => f.Figure.Unit == Domain.Unit.PercentagePoints ? f.Catalogs.Labels.Gaps.For(f.Figure, f.Catalogs.Time.YearOnYear, IsRegion(f.Entity, f.Catalogs.Names)) : null),
        ("point change keeps its share's label", PointChange),
        ("loan's share of a cost", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation != Aggregation.Change && !HanText.Any(f.Figure.Subject)
            ? f.Catalogs.Labels.LoanShares.For(f.Figure) : null),
        ("percentage's catalogued measure", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation != Aggregation.Change
            && CuedLabels.For(f.Figure, Domain.Unit.Percent, f.Catalogs) is { } label && !f.Catalogs.Metrics.RateLabels.Contains(label) ? label : null),
        ("rate's catalogued measure", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation is Aggregation.Change or Aggregation.PerYear
            && CuedLabels.For(f.Figure, Domain.Unit.Percent, f.Catalogs) is { } label && f.Catalogs.Metrics.RateLabels.Contains(label) ? label : null),
        ("percentage's table column", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation != Aggregation.Change
            && (TableHeaders.ColumnLabel(f.Figure, f.Catalogs.Metrics.Words) ?? TableHeaders.RowLabel(f.Figure, f.Catalogs.Metrics.Words)) is { } label
            && f.Catalogs.Metrics.PercentLabels.Contains(label) ? label : null),
        ("workforce's nationals", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation == Aggregation.Share && !HanText.Any(f.Figure.Subject)
            && f.Earlier.Any(static e => e.Unit == Domain.Unit.Persons) ? f.Catalogs.Labels.Nationals.For(f.Figure, f.Catalogs.Labels.PartWords) : null),
        ("workforce's local count", static f => f.Figure.Unit == Domain.Unit.Persons && !HanText.Any(f.Figure.Subject) ? f.Catalogs.Labels.Nationals.Count(f.Figure) : null),
        ("share of the count before it", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation == Aggregation.Share && HanText.Any(f.Figure.Subject)
            ? CountShares.For(f.Figure, f.Catalogs) : null),
        ("percentage going on with its sentence's measure", ContinuedMeasure),
        ("partner's share of trade", PartnersShareOfTrade),
        ("place's part of a whole", PlacesPart),
        ("row's part", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation == Aggregation.Share
            && (f.Catalogs.Labels.Wholes.RowPart(f.Figure) ?? ShareWholes.RowPlace(f.Figure, f.Catalogs.Names)) is { } part ? part + f.Catalogs.Labels.ShareLabel : null),
        ("figure listed after another", ListedAfter),
        ("count listed before its noun", CountListedBeforeNoun),
        ("partner countries' share of trade", PartnersShareOfTradeMoved),
        ("share's compared value", ComparedShare),
        ("place's amount's share", PlacesAmountShare),
        ("product's share of its measure", ProductsShare),
        ("share of its own total", ShareOfOwnTotal),
        ("share of a named whole", ShareOfNamedWhole),
        ("cut in a cost", static f => f.Figure.Unit == Domain.Unit.Percent && f.Aggregation == Aggregation.Change && f.Nature == Nature.Actual && HanText.Any(f.Figure.Subject)
            ? f.Catalogs.Labels.CostCuts.For(f.Figure, f.Catalogs.Labels) : null),
        ("change of its base", ChangeOfBase),
        ("table's share column", TableShareColumn),
        ("percentage's subject", static f => IsPercentage(f) ? WordedLabels.Cut(WordedLabels.AfterCausative(f.Figure.Subject, f.Catalogs.Labels), f.Entity, f.Catalogs) : null),
        ("multiple", Multiple),
        ("conversion", Conversion),
        ("index's name", IndexName),
        ("countries things come from", static f => HanText.Any(f.Figure.Subject) ? null : f.Catalogs.Labels.CountedCountries.Origins(f.Figure, f.Cue.Label, f.Catalogs.Labels, f.Earlier)),
        ("compared amount", Compared),
        ("amount of change", ChangeAmount),
        ("figure referred back to", ReferredBack),
        ("end of a movement", MovementEnd),
        ("sector's row", SectorRow),
        ("table column's header", static f => IsPercentage(f) ? null : TableHeaders.For(f.Figure, f.Catalogs.Metrics.Words) is { } label ? TableHeaders.PartnerRow(f.Figure, label, f.Catalogs.Labels.Partners) : null),
        ("amount restating the sentence's measure", RestatedAmount),
        ("class a bound names", BoundClass),
        ("projects' amount", static f => f.Figure.Unit.IsCurrency() ? f.Catalogs.Labels.Valued.Counted(f.Figure, f.Catalogs.Metrics.Words, f.Earlier) : null),
        ("cargo's value", static f => f.Figure.Unit.IsCurrency() ? f.Catalogs.Labels.Valued.CargoValue(f.Figure, f.Catalogs.Metrics.Words, f.Earlier) : null),
        ("thing's cost", static f => f.Figure.Unit.IsCurrency() ? f.Catalogs.Labels.Valued.Cost(f.Figure, f.Catalogs.Names.Possessives) : null),
        // 「项目总投资约4.2亿欧元」, "Built at a total investment of …": money the aggregation reads as a thing's cost (its cost_of
        // words right before it) is the cost row, not the investment its 投资 names; an actor's ("Projects backed by the fund
        // involve total investment of …") is a portfolio's total, no thing's cost; nor is a fare its clause names ("tickets now cost …").
        ("project's total investment", static f => f.Aggregation == Aggregation.Attribute && f.Figure.Unit.IsCurrency()
            && f.Catalogs.Aggregations.CostOf.EndOf(f.Figure.ClauseBefore.TrimEnd()) is not null && !IsActor(f.Entity, f.Catalogs.Names)
            && !(f.Cue.Label is { } cue && f.Catalogs.Labels.Valued.PriceRows.Contains(cue)) ? f.Catalogs.Labels.Valued.CostLabel : null),
        ("one loan's amount", static f => f.Figure.Unit.IsCurrency() && f.Cue.Label is { } label ? f.Catalogs.Labels.Valued.OneLoan(f.Figure, f.Catalogs.Names.Possessives, label) : null),
        ("amount's head noun", static f => f.Figure.Unit.IsCurrency() && !HanText.Any(f.Figure.Subject)
            && f.Catalogs.Labels.Valued.HeadCue(f.Figure, f.Catalogs.Names.Possessives, f.Catalogs.Metrics.Words, f.Figure.Unit) is { } head && head != f.Cue.Label ? head : null),
        ("partner countries' measure", PartnersMeasure),
        ("subset's measure", static f => f.Cue.Label is { } label ? f.Catalogs.Labels.Partners.Subset(f.Figure, label) : null),
        ("initiative's measure", static f => f.Cue.Label is { } label && f.Catalogs.Labels.Initiative.Scoped(f.Figure, label, f.Catalogs.Metrics.Words) is var scoped && scoped != label ? scoped : null),
        ("measure stated alone", AloneRow),
        ("recipient's amount", Received),
        ("sector's amount", SectorAmount),
        ("borrowers counted", static f => HanText.Any(f.Figure.Subject) ? null : f.Catalogs.Labels.CountedCountries.Borrowers(f.Figure, f.Cue.Label, f.Catalogs.Labels.CountRows[Domain.Unit.Countries], f.Catalogs.Labels.Commitments.LoanWords)),
        ("countries that had the measure", static f => HanText.Any(f.Figure.Subject) ? null
            : f.Catalogs.Labels.CountedCountries.Had(f.Figure, f.Cue.Label, f.Catalogs.Labels.CountRows[Domain.Unit.Countries], f.Catalogs.Metrics.Words, f.Catalogs.Labels.Partners, f.Earlier)),
        ("distance from a place", static f => f.Catalogs.Labels.Distances.For(f.Figure)),
        ("chain a reach verb leads to", static f => f.Catalogs.Labels.ReachChains.For(f.Figure, f.Cue.Label)),
        ("countries whose measure dropped to nothing", static f => f.Catalogs.Labels.CountedCountries.Dropped(f.Figure, f.Catalogs.Labels.CountRows[Domain.Unit.Countries], f.Catalogs.Metrics.Words)),
        ("countries a portfolio spans", Spanned),
        ("port's throughput", static f => f.Catalogs.Labels.Ports.For(f.Figure.Unit, f.Entity, f.Cue.Label, HasUnit(f.Earlier, f.Figure.Unit))),
        ("capacity's row", static f => f.Aggregation == Aggregation.Attribute && f.Cue.Label is { } label ? f.Catalogs.Labels.CapacityRows.GetValueOrDefault(label) : null),
        ("commitment's instrument", static f => f.Catalogs.Labels.Commitments.For(f.Figure, f.Entity, f.Cue.Label)),
        ("creditor's claim", static f => f.Figure.Unit.IsCurrency() ? f.Catalogs.Labels.Claims.For(f.Figure, f.Entity, f.Cue.Label, f.Catalogs.Labels.Recipients.Prefix, f.Catalogs.Names) : null),
        ("subset of a named partner's total", static f => f.Cue.Label is { } label ? f.Catalogs.Labels.Partners.SubsetOfNamed(f.Figure, label, f.Catalogs.Labels, f.Catalogs.Names) : null),
        ("catalogued cue", static f => f.Cue.Label),
        ("English sentence's subject", SentenceSubject),
        ("subset naming its noun", SubsetNamingItsNoun),
        ("subset", Subset),
        ("English part of them", PartOfThem),
        ("measure the sentence before named", NamedBefore),
        ("English figure's unit row", static f => HanText.Any(f.Figure.Subject) ? null : f.Catalogs.Labels.UnnamedRows.GetValueOrDefault(f.Figure.Unit)),
        ("thing after its length", static f => f.Figure.Unit == Domain.Unit.Km && NoUnitNoun(f) ? f.Catalogs.Labels.LengthsAfter.For(f.Figure) : null),
        ("no noun of its unit", NoNounOfItsUnit),
        ("countries that", static f => f.Figure.Unit == Domain.Unit.Countries ? WordedLabels.CountriesThat(f.Figure, f.Catalogs) : null),
        ("movement", static f => WordedLabels.Moved(f.Figure, f.Entity, f.Catalogs)),
        ("measure word names the measure", MeasureNamed),
        ("measure word counts the noun", MeasureCounts),
        ("noun naming a row", NounRow),
        ("counted noun", CountedNounLabel),
        ("unit's row", UnitRow));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>
    /// The figure's indicator, what it measures (a rate's or share's base where one is known, else the indicator: whose
    /// statistics a figure is follows the base, not the bare 同比增长率) and the rule that gave the indicator.
    /// </summary>
    public static (string Indicator, string Measured, string Rule) Resolve(FigureContext figure, string entity, Aggregation aggregation, Nature nature, IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, MeaningCatalogs catalogs)
    {
        var facts = new IndicatorFacts(figure, entity, aggregation, nature, earlier, catalogs, new CatalogCue(figure, catalogs));
        var (indicator, rule) = Rules.Decide(facts);
        return (indicator!, IsPercentage(facts) && BaseLabel(facts) is { Length: > 0 } measured ? measured : indicator!, rule);
    }

    // What the rules read: the figure, its entity, aggregation and nature, the indicators of the sentence's figures before it,
    // the catalogues, and the catalogued cue of the figure's unit.
    private readonly record struct IndicatorFacts(FigureContext Figure, string Entity, Aggregation Aggregation, Nature Nature, IReadOnlyList<(Domain.Unit Unit, string Indicator)> Earlier, MeaningCatalogs Catalogs, CatalogCue Cue);

    // The measure catalogue's label for the figure's unit, read once for the rules that start from it (partner countries'
    // measure, subset's measure, catalogued cue) and only when one of them asks.
    private sealed class CatalogCue(FigureContext figure, MeaningCatalogs catalogs)
    {
        private bool _read;
        private string? _label;

        public string? Label
        {
            get
            {
                if (!_read)
                {
                    (_read, _label) = (true, CuedLabels.For(figure, figure.Unit, catalogs));
                }

                return _label;
            }
        }
    }

    // Whether an entity is one that acts (an institution, a company, a government, a country or region — 中国, the default
    // actor, among them — or the initiative) rather than a thing built: read only for the rare figure a cost word leads to.
    private static bool IsActor(string entity, NameFinder names)
    {
        var found = names.Find(entity, 0, entity.Length);
        return found.Count > 0 && found[0].Kind is EntityKind.Institution or EntityKind.Enterprises or EntityKind.Authority
            or EntityKind.Country or EntityKind.CountryGroup or EntityKind.Region or EntityKind.Initiative;
    }

    // Whether an entity is a country's province or region (广东, 黑龙江): read only for a percentage-point gap between rates.
    // The entity's catalogue entry, not a search of its name (no list per figure; a shorter alias inside it says nothing).
    private static bool IsRegion(string entity, NameFinder names) => names.Lookup(entity) is { Kind: EntityKind.Region };

    // Whether a figure before it in the sentence is of the unit (a loop: a lambda here would copy the rule's facts per figure).
    private static bool HasUnit(IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, Domain.Unit unit)
    {
        for (var k = 0; k < earlier.Count; k++)
        {
            if (earlier[k].Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPercentage(IndicatorFacts f) => f.Figure.Unit is Domain.Unit.Percent or Domain.Unit.PercentagePoints;

    // "hold 52.5 per cent, 22.5 per cent, 20 per cent and 5 per cent of the company", "rose 11.7%, 7.7% and 17.9%": an English
    // percentage or amount (no noun of its own) listed right after another of its unit, with nothing but a comma and a
    // conjunction between them and no cue of its own in its clause, measures what that one does: the words before the first
    // name them all ("USD1,016 billion, USD596 billion in construction contracts" names its own), except the shares that
    // sectors listed before them map in order ("Manufacturing, mining and energy took 28 percent, 21 percent and 10 percent").
    private static string? ListedAfter(IndicatorFacts f)
    {
        var (figure, m) = (f.Figure, f.Figure.Mention);
        if (!(m.Unit is MentionUnit.Percent || f.Figure.Unit.IsCurrency()) || HanText.Any(figure.Subject) || f.Cue.Label is not null
            || (m.Unit is MentionUnit.Percent && f.Catalogs.Labels.Wholes.RespectiveSector(figure) is not null))
        {
            return null;
        }

        var figures = figure.In.Figures;
        var index = ReadOnlyLists.IndexOf(figures, m);
        if (index < 1 || figures[index - 1] is not { } before || before.Unit != m.Unit || before.End > m.Start
            || !ListedFigures.OnlyJoints(figure.Text.AsSpan(before.End, m.Start - before.End)))
        {
            return null;
        }

        return LastOfUnit(f.Earlier, figure.Unit);
    }

    // "the port handled 1,202, 1,830 and 2,620 trains", "carried 8, 12 and 15 million tonnes": English counts listed with
    // nothing but commas and a conjunction between them, the first with no noun of its own, share the noun after the last and
    // the words before the first: each takes the label of the one before it ("30 agreements and 20 memorandums" name their own).
    private static string? CountListedBeforeNoun(IndicatorFacts f)
    {
        var figure = f.Figure;
        if (HanText.Any(figure.Subject) || figure.Unit.IsCurrency() || figure.Unit is Domain.Unit.Percent or Domain.Unit.PercentagePoints
            || ListedFigures.Run(figure) is not { Count: > 1, Index: > 0 } run)
        {
            return null;
        }

        var first = figure.In.Figures[run.First];
        return first.End == first.NumberStart + first.NumberLength ? LastOfUnit(f.Earlier, figure.Unit) : null;
    }

    // "Saudi Arabia, Malaysia and Indonesia were the largest markets, making up 7.1 percent, 6.4 percent and 5.6 percent of
    // the total, respectively", "Asia, Europe and Africa accounted for 68 percent, 19 percent and 8 percent of its committed
    // investment": a country, group or region taking a share of a whole that is another's (the entity step whole's owner),
    // in a sentence stating no amount before it, is the part the row names: the place + 占 + the whole + 比重, the whole being
    // the catalogued one the share names, else the last amount's cue its sentence names before it ("the largest markets for
    // new contracts"), else the measure of the sentence before's last amount that words named (沙特阿拉伯占对外承包工程新签合同额比重).
    // After an amount ("Partner countries took 37.5 billion dollars of the new contracts, accounting for 61 percent of the
    // total") the share is that amount's, labelled by the rules after this one.
    private static string? PlacesPart(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        if (figure.Unit != Domain.Unit.Percent || f.Aggregation != Aggregation.Share || HanText.Any(figure.Subject) || f.Entity.Length == 0
            || ComparedOrMoved(f) || f.Earlier.Any(e => e.Unit.IsCurrency())
            || ReferenceEquals(WholesOwner.Of(figure, f.Entity, f.Aggregation, catalogs.Names, catalogs.Labels.Wholes), f.Entity))
        {
            return null;
        }

        var whole = Whole(f) is { Length: > 0 } named ? named
            : CuedLabels.LastCue(figure.In.MeasureHits, catalogs.Metrics.Words, Domain.Unit.USD, figure.In.Sentence.Start, figure.Mention.NumberStart, figure.In.Names)
            ?? figure.In.PreviousIndicators.LastOrDefault(e => e.Unit.IsCurrency() && !catalogs.Labels.UnnamedRows.Values.Contains(e.Indicator)).Indicator;
        return whole is { Length: > 0 } && !IsShareLabel(whole, catalogs.Labels)
            ? f.Entity + catalogs.Labels.ShareOf + whole + catalogs.Labels.ShareSuffix
            : null;
    }

    // "Overall progress stands at 88 per cent, and the Pahang stretch has reached 90 per cent", "work on the Dhaka-Mawa
    // section stood at 88 percent, Mawa-Bhanga at 99.2 percent", "hold a 49% stake, with KTZ owning the remaining 51%": an
    // English percentage (no rate of change) that no words of its own name, after one of its sentence labelled with a
    // measure the catalogue gives percentages (measures.json: 工程完成进度, 持股比例 …), is another value of that measure;
    // one of a whole after it ("… and 40 percent of the workforce") or after a verb of taking a part ("held 17 percent, and the
    // urban sector accounted for the remaining 8 percent") is a share of its own.
    // A sentence with no percentage before it goes on with the sentence before's (a reported one: "Overall progress was 52 per
    // cent. Work in the north stood at 68.9 per cent, the south at 14.7 per cent"); a forecast or estimate there is its own.
    private static string? ContinuedMeasure(IndicatorFacts f)
    {
        if (f.Figure.Unit != Domain.Unit.Percent || f.Aggregation == Aggregation.Change || HanText.Any(f.Figure.Subject)
            || (LastOfUnit(f.Earlier, Domain.Unit.Percent) ?? (f.Nature == Nature.Actual ? LastOfUnit(f.Figure.In.PreviousIndicators, Domain.Unit.Percent) : null)) is not { } last
            || !f.Catalogs.Metrics.PercentLabels.Contains(last))
        {
            return null;
        }

        var figure = f.Figure;
        return figure.ClauseAfter.TrimStart().StartsWith("of ", StringComparison.Ordinal)
            || f.Catalogs.Labels.Wholes.PartVerbs.Any(figure.Text, figure.Clause.Start, figure.Mention.Start)
            ? null
            : last;
    }

    // A percentage-point change keeps the label of the share it changes.
    private static string? PointChange(IndicatorFacts f) =>
        f.Figure.Unit == Domain.Unit.PercentagePoints && f.Earlier.LastOrDefault(e => e.Unit == Domain.Unit.Percent).Indicator is { } share ? share : null;

    // 「占同期总额的51%」「在同期对外投资总额中占15.1%」「占同期我国对外承包工程新签合同额的57.6%」, "accounting for 73% of
    // the newly signed contract value": a part of the total of its own measure is the row 占比; the whole adds nothing.
    // An English sector's part of it keeps the sector ("energy remained the largest sector with 34 percent" → 能源占比).
    // The partner countries' trade as a part of the nation's own trade total, however worded (「占同期我国进出口总额的25.9%」,
    // "made up 39.2 percent of China's total") is the headline row, as 「占外贸总值的」 is; a province's (「占全省进出口总值的」)
    // stays 占比.
    private static string? ShareOfOwnTotal(IndicatorFacts f)
    {
        var (labels, part) = (f.Catalogs.Labels, ShareBase(f));
        if (Whole(f) is not { } whole)
        {
            return null;
        }

        if (!ShareWholes.IsOwnTotal(whole, part, labels.Wholes, f.Catalogs.Metrics.Words))
        {
            return PreviousAmountsShare(f, part, whole) ? labels.ShareLabel : null;
        }

        // The part is the amount before it (a Chinese clause's own cue, 进出口 of 进出口总额, names the whole); a Chinese whole
        // left unsaid (「其中对中亚五国进出口…，占79.4%」) is a subset's share of the amount, no share of the reporter's trade.
        var (wholes, english) = (labels.Wholes, !HanText.Any(f.Figure.Subject));
        var amount = f.Earlier.LastOrDefault(static e => e.Unit.IsCurrency()).Indicator;
        var headline = wholes.HeadlineParts.Contains(part) ? part : amount is not null && wholes.HeadlineParts.Contains(amount) ? amount : null;
        if (headline is not null && wholes.PartnersTradeWhole.Length > 0 && !labels.Partners.Groups.Any(whole, 0, whole.Length)
            && (whole.Length == 0 ? english : wholes.PartnersTradeWords.Any(whole, 0, whole.Length)
                && wholes.NationalTrade.Any(f.Figure.Text, f.Figure.Clause.Start, f.Figure.Mention.Start)))
        {
            return headline + labels.ShareOf + wholes.PartnersTradeWhole + labels.ShareSuffix;
        }

        return (english && wholes.IsPart(part) ? part : "") + labels.ShareLabel;
    }

    // "… made $15.64 billion of non-financial direct investment in 56 Belt and Road countries. That accounted for 13 percent of the
    // nation's total outbound direct investment": an English share naming no part of its own, in a sentence that opens by
    // referring back (share_wholes.back_parts: "That", "The figure"), whose whole is the measure of the amount the sentence
    // before stated last (that amount's label ends with it), is that amount's share of its own total.
    private static bool PreviousAmountsShare(IndicatorFacts f, string part, string whole)
    {
        var (figure, wholes) = (f.Figure, f.Catalogs.Labels.Wholes);
        if (part.Length > 0 || whole.Length < 2 || HanText.Any(figure.Subject) || wholes.Named.Any(n => n.Name == whole)
            || wholes.BackParts.At(figure.Text, figure.In.Sentence.Start, figure.Mention.Start) is null)
        {
            return false;
        }

        var previous = f.Figure.In.PreviousIndicators.LastOrDefault(static e => e.Unit.IsCurrency()).Indicator;
        return previous is not null && previous.EndsWith(whole, StringComparison.Ordinal);
    }

    // "Africa accounted for 4.2 percent of China's total foreign trade", "China remained the Kingdom's largest trading partner,
    // accounting for 27.4 percent of Cambodia's total trade", "The bloc accounted for 21.3 percent of the province's foreign
    // trade": an English share of a whole that totals trade (share_wholes.named_totals: 外贸总值), taken by a partner its
    // sentence names before it (a catalogued country, group or place, not the whole's owner after "share of"; or the bloc of
    // partner_scope.bilateral), is one partner's share of the reporter's trade: 占比, as 「东盟占我国外贸总值的15.9%」 is. The
    // partner countries' share keeps its headline row (与共建国家进出口总额占外贸总值比重).
    private static string? PartnersShareOfTrade(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Unit != Domain.Unit.Percent || f.Aggregation != Aggregation.Share || HanText.Any(figure.Subject)
            || Whole(f) is not { Length: > 0 } whole || !labels.Wholes.NamedTotals.ContainsKey(whole) || !labels.Wholes.Named.Any(n => n.Name == whole)
            || labels.Wholes.HeadlineParts.Contains(ShareBase(f)))
        {
            return null;
        }

        var (text, start) = (figure.Text, figure.In.Sentence.Start);
        var owner = labels.Wholes.NamedBefore.Last(text, start, figure.Mention.Start);
        var until = owner >= 0 ? owner : figure.Mention.Start;
        // "the Belt and Road countries accounted for 31.5 percent of the country's total trade": the headline row.
        if (labels.Partners.Groups.Any(text, start, until))
        {
            return null;
        }

        var names = figure.In.Names;
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= start && names[k].End <= until && names[k].Kind is EntityKind.Country or EntityKind.CountryGroup or EntityKind.Place
                && names[k].Name != labels.Partners.Label)
            {
                return labels.ShareLabel;
            }
        }

        return labels.Partners.Bilateral.Any(text, start, until) ? labels.ShareLabel : null;
    }

    // "Angola remains by far the largest borrower, with $45 billion, about 26 percent of the total", "Africa was the largest
    // destination, with $12.1 billion, or 21 percent of the total": an English share in apposition to the amount right before
    // it, of no whole or that amount's own total, is the place's part of the measure: the place its amount's label was for
    // (对安哥拉贷款承诺额) + 占 + the measure + 比重 (安哥拉占贷款承诺额比重), not the bare 占比 of an own total.
    private static string? PlacesAmountShare(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Unit != Domain.Unit.Percent || f.Aggregation != Aggregation.Share || HanText.Any(figure.Subject)
            || f.Earlier.Count == 0 || !f.Earlier[^1].Unit.IsCurrency() || !labels.Wholes.InApposition(figure))
        {
            return null;
        }

        var amount = f.Earlier[^1].Indicator;
        var measure = labels.Recipients.MeasureOf(amount, f.Catalogs.Names);
        if (measure.Length == amount.Length || (Whole(f) is { Length: > 0 } whole && !ShareWholes.IsOwnTotal(whole, amount, labels.Wholes, f.Catalogs.Metrics.Words)))
        {
            return null;
        }

        // The place the title sends the report's lending to (对非洲贷款承诺额 in "Chinese Loans to Africa") is the whole's, not a
        // part's: the share is the sector's of it (能源占对非洲贷款承诺额比重), else of it (占对非洲贷款承诺额比重).
        var place = amount.AsSpan(labels.Recipients.Prefix.Length, amount.Length - measure.Length - labels.Recipients.Prefix.Length);
        return figure.In.TitleRecipient is { } title && place.SequenceEqual(title.Place)
            ? labels.TitleRecipients.PartsShare(title, measure)
            : string.Concat(place, labels.ShareOf, measure, labels.ShareSuffix);
    }

    // 「沿线国家在我国外贸中的分量逐年加重，所占比重从2013年的25%上升到2017年的26.5%」「共建国家在我国外贸中的比重…升至51.9%」
    // 「全省与共建国家进出口年均增长11.3%，所占比重由2019年的38.2%提高到2024年的46.7%」: a Chinese share whose sentence names
    // the partner countries and then trade (share_wholes.partners_trade.words: 外贸, 进出口) before its share word (比重) is the
    // partner countries' share of the reporter's trade, the headline row 与共建国家进出口总额占外贸总值比重, however the
    // sentence words the whole (在…外贸中, 所占) or leaves it unsaid.
    private static string? PartnersShareOfTradeMoved(IndicatorFacts f)
    {
        var (figure, wholes) = (f.Figure, f.Catalogs.Labels.Wholes);
        if (figure.Unit != Domain.Unit.Percent || f.Aggregation == Aggregation.Change || !HanText.Any(figure.Subject)
            || wholes.HeadlineParts.Count == 0 || wholes.PartnersTradeWhole.Length == 0)
        {
            return null;
        }

        var (text, start, end, labels) = (figure.Text, figure.In.Sentence.Start, figure.Mention.Start, f.Catalogs.Labels);
        var share = text.LastIndexOf(labels.ShareSuffix, end - 1, end - start, StringComparison.Ordinal);
        if (share < 0)
        {
            return null;
        }

        var group = -1;
        foreach (var (at, _) in labels.Partners.Groups.Find(text, start, share))
        {
            group = at;
            break;
        }

        // 「中间品在我国与共建国家进出口中的比重」: the partner countries inside a 在…中 whole are the whole's, not the part.
        var within = group < 0 ? -1 : text.LastIndexOf(WithinOpen, group, group - start + 1);
        if (within >= 0 && text.AsSpan(within, group - within).IndexOfAny(ClauseMarks) < 0)
        {
            return null;
        }

        return group >= 0 && wholes.PartnersTradeWords.Any(text, group, share) && !wholes.Named.Any(n => n.Name != wholes.PartnersTradeWhole && text.AsSpan(group, share - group).IndexOf(n.Name) >= 0)
            ? wholes.HeadlineParts[0] + labels.ShareOf + wholes.PartnersTradeWhole + labels.ShareSuffix
            : null;
    }

    // 「年份　进出口　占全省比重」 over 「2013年　872.3亿元　38.4%」: a share in a table row under a column whose header names a
    // share (label-words.json share_wholes.columns) is a share of the row's amount before it: the headline row where that is the
    // partner countries' trade (与共建国家进出口总额占外贸总值比重), else 占比; never the row's cells read as words.
    private static string? TableShareColumn(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Unit != Domain.Unit.Percent || f.Aggregation != Aggregation.Share || TableHeaders.AnyColumnHeader(figure) is not { } cell
            || !labels.Wholes.Columns.Any(figure.Text, cell.Start, cell.End))
        {
            return null;
        }

        var amount = f.Earlier.Count > 0 && f.Earlier[^1].Unit.IsCurrency() ? f.Earlier[^1].Indicator : "";
        return labels.Wholes.HeadlineParts.Contains(amount) && labels.Wholes.PartnersTradeWhole.Length > 0
            ? amount + labels.ShareOf + labels.Wholes.PartnersTradeWhole + labels.ShareSuffix
            : labels.ShareLabel;
    }

    // The word that opens a whole stated before its within word (「在…中的比重」), and the marks that end a clause.
    private const char WithinOpen = '在';
    private static readonly char[] ClauseMarks = ['，', '；', '。', ','];

    // 「机电产品出口7.24万亿元，增长3.4%，占出口总值的58%」: a product's exports (share_wholes.products) as a share of the
    // exports' own total are the product's part of them, 机电产品出口占出口总额比重, not the bare 占比 of a measure's own total.
    private static string? ProductsShare(IndicatorFacts f)
    {
        var (labels, wholes) = (f.Catalogs.Labels, f.Catalogs.Labels.Wholes);
        if (f.Figure.Unit != Domain.Unit.Percent || f.Aggregation != Aggregation.Share || wholes.Products.Count == 0)
        {
            return null;
        }

        // The part is the amount before it in its sentence (the clause's own cue, 出口 of 出口总值, names the whole); a whole of
        // the partner countries' (「占同期自沿线国家进口总值的31.6%」) is a share of the partners' own row, 占比. The part is
        // read first: the whole walks the catalogue of named wholes.
        var part = f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator ?? "";
        if (!StartsWithAny(part, wholes.Products) || Whole(f) is not { Length: > 0 } whole || labels.Partners.Groups.Any(whole, 0, whole.Length))
        {
            return null;
        }

        foreach (var product in wholes.Products)
        {
            if (part.Length > product.Length + 1 && part.StartsWith(product, StringComparison.Ordinal))
            {
                var stem = part.AsSpan(product.Length).TrimEnd('额');
                return whole.AsSpan().IndexOf(stem) >= 0 && ShareWholes.IsOwnTotal(whole, part, wholes, f.Catalogs.Metrics.Words)
                    ? string.Concat(part.AsSpan().TrimEnd('额'), labels.ShareOf, stem, wholes.ProductTotal) + labels.ShareSuffix
                    : null;
            }
        }

        return null;
    }

    // Whether `text` starts with one of `words` (a loop: a lambda here would be allocated per figure).
    private static bool StartsWithAny(string text, IReadOnlyList<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (text.StartsWith(words[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // 「…占同期外贸总值的45.4%」, "47.4% of our total foreign trade": base + the whole the share names + 比重.
    private static string? ShareOfNamedWhole(IndicatorFacts f) =>
        Whole(f) is { Length: > 0 } whole ? ShareBase(f) + f.Catalogs.Labels.ShareOf + whole + f.Catalogs.Labels.ShareSuffix : null;

    // "made up 47.2 percent of China's total foreign trade, up from 46.5 percent a year earlier", "Its share of China's
    // foreign trade climbed from 39.2 percent in 2013 to 46.6 percent", 「占比由35.2%提高到38.4%」: a percentage a comparison or
    // movement word leads to (label-words.json comparison_words, time-words.json from / to) is another value of the share
    // it is compared with, not a rate: the label of the sentence's last percentage where that is a share's (占比, …比重),
    // else the share its clause names ("share of", 占比, 比重) as a share's label is made. Compared with a rate, it is a rate.
    private static string? ComparedShare(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Unit != Domain.Unit.Percent || !ComparedOrMoved(f))
        {
            return null;
        }

        if (f.Earlier.LastOrDefault(e => e.Unit == Domain.Unit.Percent).Indicator is { } last)
        {
            return IsShareLabel(last, labels) ? last : null;
        }

        var (text, start, end) = (figure.Text, figure.Clause.Start, figure.Mention.Start);
        if (labels.Wholes.NamedBefore.Last(text, start, end) < 0
            && text.AsSpan(start, end - start).IndexOf(labels.ShareLabel) < 0 && text.AsSpan(start, end - start).IndexOf(labels.ShareSuffix) < 0)
        {
            return null;
        }

        var whole = ShareWholes.Of(figure, f.Entity, f.Catalogs);
        return whole is { Length: > 0 } && !ShareWholes.IsOwnTotal(whole, ShareBase(f), labels.Wholes, f.Catalogs.Metrics.Words)
            ? ShareBase(f) + labels.ShareOf + whole + labels.ShareSuffix
            : labels.ShareLabel;
    }

    // Whether a comparison word ("up from", "compared with"; one word such as "just" between) or a movement's from word, or
    // its to word after a from word (由 … 提高到, "from … to"), ends the figure's clause before it.
    private static bool ComparedOrMoved(IndicatorFacts f)
    {
        var before = f.Figure.ClauseBefore.TrimEnd();
        var (words, time) = (f.Catalogs.Labels.ComparisonWords, f.Catalogs.Time);
        var moved = WithoutDate(f.Figure, f.Figure.Clause.Start, f.Figure.Mention.Start);
        if (words.EndOf(before) is not null || time.From.EndOf(moved) is not null)
        {
            return true;
        }

        // A to word ends a movement only where its from word stands before it in the clause (「达到」 alone is no movement).
        if (time.To.EndOf(moved) is not null)
        {
            return time.From.Last(f.Figure.Text, f.Figure.Clause.Start, f.Figure.Mention.Start) >= 0;
        }

        var space = before.LastIndexOf(' ');
        return space > 0 && !before[(space + 1)..].ContainsAnyInRange('0', '9') && words.EndOf(before[..space].TrimEnd()) is not null;
    }

    // A share's row: 占比, or a label ending with the share suffix (…占外贸总值比重).
    private static bool IsShareLabel(string label, LabelWords labels) =>
        label == labels.ShareLabel || label.EndsWith(labels.ShareSuffix, StringComparison.Ordinal);

    // "Investments made up 61% of BRI engagement": an English share's part is the amount its clause names before it (the
    // one after it, "of BRI engagement", is the whole), else the sector it names there ("Transport made up …": 交通,
    // label-words.json share_wholes.sectors; sectors listed before as many listed shares take them in order), else the amount a figure before it in its sentence measures — never
    // the whole after it ("it made up 42 percent of BRI engagement" is a part of engagement, not engagement's own total);
    // after an amount no words name (金额), of a whole no measure names ("of the world", "of foreign trade") and for a
    // Chinese share, the base as for any percentage.
    // The part is scoped to the partner countries as an amount of its sentence would be ("Trade with partner countries …, and its share of …").
    private static string ShareBase(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (HanText.Any(figure.Subject))
        {
            return BaseLabel(f);
        }

        var part = CuedLabels.LastCue(figure.In.MeasureHits, f.Catalogs.Metrics.Words, Domain.Unit.USD, figure.Clause.Start, figure.Mention.NumberStart, figure.In.Names);
        if (part is null && (labels.Wholes.RespectiveSector(figure) ?? labels.Wholes.PartBefore(figure)) is { } sector)
        {
            return sector;
        }

        if (part is null)
        {
            var before = ListedFigures.RespectiveBase(figure, f.Earlier) ?? f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator;
            if (before is not null && !labels.UnnamedRows.Values.Contains(before))
            {
                return before;
            }

            // The whole read once: reading it walks the catalogue of named wholes and the clause's measure cues.
            var whole = before is null ? Whole(f) : null;
            return before is null && !labels.Wholes.Named.Any(n => n.Name == whole) ? "" : BaseLabel(f);
        }

        return labels.Partners.Scopes(figure, labels, part) && labels.Partners.Scoped(part) is { } scoped ? scoped : part;
    }

    // The whole a share names: after 占 / 相当于 before it, or its catalogued name after it ("of the world's population").
    private static string? Whole(IndicatorFacts f) =>
        f.Figure.Unit == Domain.Unit.Percent && f.Aggregation == Aggregation.Share ? ShareWholes.Of(f.Figure, f.Entity, f.Catalogs) : null;

    // A rate of change: 同比增长率 where 同比 / 比上年 / "year-on-year" stands before it in its sentence or after it in its
    // clause, else 增长率; a yearly rate, an estimate's or a forecast's, after its base (进出口总额年均增长率).
    private static string? ChangeOfBase(IndicatorFacts f)
    {
        if (!IsPercentage(f) || f.Aggregation is not (Aggregation.Change or Aggregation.PerYear))
        {
            return null;
        }

        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        var suffix = f.Aggregation == Aggregation.PerYear ? labels.PerYearChange
            : f.Catalogs.Time.YearOnYear.Find(figure.Text, figure.In.Sentence.Start, figure.Clause.End).Any() ? labels.SamePeriodChange
            : labels.OtherChange;
        // A reported rate of change is the row 同比增长率 whatever it is of (「出口增长6.1%」「新签合同额…同比增长15.3%」,
        // "up 4.9%"): the base is the row above it, not part of the rate's label.
        if (f.Aggregation == Aggregation.Change && f.Nature == Nature.Actual && figure.Unit == Domain.Unit.Percent)
        {
            // 「较2019年同期增长42%」 in a 2021 release: a rate against an older year's same period is a row of its own.
            return labels.EarlierYears.For(figure, labels.OtherChange) ?? suffix;
        }

        // A yearly rate no amount before it bases (「港口货物吞吐量年均增长5.8%」「国际班列开行量年均增长38.6%」) is the row
        // 年均增长率 itself, not its clause's words; a rate of change with no base is its subject's (the next rule).
        // A yearly rate of the partner countries' trade (「与共建国家进出口累计…，年均增长12.3%」) is the row 进出口总额年均增长率:
        // the partner scope stays with the amount it follows (the keys write 年均增长率 whoever the partner is).
        var baseLabel = f.Aggregation == Aggregation.PerYear ? labels.Partners.Unscoped(BaseLabel(f)) : BaseLabel(f);
        return baseLabel.Length == 0 && HanText.Any(figure.Subject) && f.Aggregation != Aggregation.PerYear ? null : baseLabel + suffix;
    }

    // The base: the amount this percentage is of, named in the clause or by the sentence's last amount. A rate of change
    // measures the figure it follows whatever that counts (「开行1.6万列，同比增长9%」, "made 9,700 trips, up 10 percent");
    // a share is of an amount.
    private static string BaseLabel(IndicatorFacts f) =>
        ListedFigures.RespectiveBase(f.Figure, f.Earlier) ?? CurrencyCue(f.Figure, f.Catalogs)
        ?? (f.Aggregation is Aggregation.Change or Aggregation.PerYear
            ? f.Earlier.LastOrDefault(e => e.Unit is not (Domain.Unit.Percent or Domain.Unit.PercentagePoints)).Indicator
            : f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator) ?? "";

    // 「发布了中国与“一带一路”国家贸易指数，该指数从2013年的100升至…」「运价指数为112.3」: an index's value (a bare number an
    // index word leads to, Facts/IndexValues) is labelled by the index's name, the words before 指数 back to a verb or
    // particle; 「该指数」 refers to the index the sentence named before it.
    private static string? IndexName(IndicatorFacts f)
    {
        var (text, m) = (f.Figure.Text, f.Figure.Mention);
        if (m is not { Kind: MentionKind.Quantity, Unit: MentionUnit.Other } || m.Start != m.NumberStart || m.End != m.NumberStart + m.NumberLength)
        {
            return null;
        }

        var sentenceStart = f.Figure.In.Sentence.Start;
        var at = m.Start - sentenceStart < 2 ? -1 : text.LastIndexOf("指数", m.Start - 1, m.Start - sentenceStart, StringComparison.Ordinal);
        if (at > sentenceStart && text[at - 1] is '该' or '此' && at - 1 > sentenceStart
            && text.LastIndexOf("指数", at - 2, at - 1 - sentenceStart, StringComparison.Ordinal) is var named and >= 0)
        {
            at = named;
        }

        if (at < 0)
        {
            return null;
        }

        var start = at;
        while (start > sentenceStart && (HanText.Is(text[start - 1]) || text[start - 1] is '“' or '”' or '"') && text[start - 1] is not ('了' or '的' or '为' or '是' or '在' or '该' or '此'))
        {
            start--;
        }

        return at - start >= 2 ? text[start..(at + 2)] : null;
    }

    // 「增长近10倍」「增长了49倍」, "rose nearly tenfold", "a near tenfold jump" / 「是2013年的200倍」: a multiple (the multipliers of
    // aggregation-words.json, in the figure or ending it, read as a change) is the row 增长倍数 where a change word stands in
    // its clause, else 倍数 (label-words.json multiples); never the measure it multiplies or a cue near it (「开行量」, "area").
    private static string? Multiple(IndicatorFacts f)
    {
        var (figure, words) = (f.Figure, f.Catalogs.Aggregations);
        var m = figure.Mention;
        if (f.Aggregation != Aggregation.Change || IsPercentage(f)
            || !(words.Multipliers.Any(figure.Text, m.Start, m.End) || AggregationResolver.EndsWithWord(m.Text, words.Multipliers)))
        {
            return null;
        }

        return words.Change.Any(figure.Text, figure.Clause.Start, figure.Clause.End) ? f.Catalogs.Labels.GrowthMultiple : f.Catalogs.Labels.OtherMultiple;
    }

    // 「9100.5亿元人民币（折合1280.3亿美元）」: the same amount in another currency measures what the first one does.
    // 「43.85万亿元（人民币，下同，约46.7万亿港元）」, "13.81 trillion yuan ($1.91 trillion)": an amount in another currency in a
    // bracket that opens right after an amount is that amount converted, conversion word or not.
    private static string? Conversion(IndicatorFacts f) =>
        f.Figure.Unit.IsCurrency() && (f.Catalogs.Labels.ConversionWords.EndOf(f.Figure.ClauseBefore) is not null || InBracketAfterAmount(f.Figure))
        && f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator is { Length: > 0 } converted
            ? converted
            : null;

    private static bool InBracketAfterAmount(FigureContext figure)
    {
        var (text, m) = (figure.Text, figure.Mention);
        var open = text.LastIndexOfAny(['（', '('], Math.Max(0, m.Start - 1), Math.Max(0, m.Start - figure.In.Sentence.Start));
        if (open < 0 || text.IndexOfAny(['）', ')'], open, m.Start - open) >= 0)
        {
            return false;
        }

        var figures = figure.In.Figures;
        var index = ReadOnlyLists.IndexOf(figures, m);
        return index >= 1 && figures[index - 1] is var before && before.Unit != m.Unit && before.Unit.ToUnit()?.IsCurrency() == true
            && before.End <= open && text.AsSpan(before.End, open - before.End).Trim().IsEmpty;
    }

    // "212 deals worth USD92.4 billion, compared with USD78.3 billion in 2022", "handled 1.08 million TEUs, up from 1.01
    // million TEUs": the amount a figure is compared with measures what the figure does (its unit's last one before it
    // in the sentence, else in the sentence before; one word such as "just" or "about" may stand between the comparison word and it).
    private static string? Compared(IndicatorFacts f)
    {
        if (IsPercentage(f))
        {
            return null;
        }

        var before = f.Figure.ClauseBefore.TrimEnd();
        var words = f.Catalogs.Labels.ComparisonWords;
        if (words.EndOf(before) is null)
        {
            var space = before.LastIndexOf(' ');
            if (space < 0 || before[(space + 1)..].ContainsAnyInRange('0', '9') || words.EndOf(before[..space]) is null)
            {
                return null;
            }
        }

        // The sentence before only where the clause names no measure of its own: "The average construction contract grew from
        // USD 285 million …" after a sentence on investment deals starts a movement of its own measure.
        return LastOfUnit(f.Earlier, f.Figure.Unit) ?? (f.Cue.Label is null ? LastOfUnit(f.Figure.In.PreviousIndicators, f.Figure.Unit) : null);
    }

    // 「…的项目574个，比上年同期多56个」「比上年增加1.9万人」: a change amount (a change verb right before it, in a sentence naming
    // a base) is the difference of the sentence's last figure of its unit and measures what that figure does.
    // "Currently, the figure has soared to more than 2,700", 「这一数字增至…」, "on weekends the number can exceed 21,000":
    // a figure its clause names by a back-reference before it (not "the number of …") measures what the last figure of
    // its unit did, in its sentence, else in the sentence before.
    private static string? ReferredBack(IndicatorFacts f)
    {
        if (IsPercentage(f))
        {
            return null;
        }

        var (figure, words) = (f.Figure, f.Catalogs.Labels.BackReferences);
        var referred = false;
        foreach (var (_, end) in words.Find(figure.Text, figure.Clause.Start, figure.Mention.Start))
        {
            var after = figure.Text.AsSpan(end).TrimStart();
            referred = !after.StartsWith("of ", StringComparison.Ordinal) && !after.StartsWith("的", StringComparison.Ordinal);
        }

        return referred ? LastOfUnit(f.Earlier, figure.Unit) ?? LastOfUnit(figure.In.PreviousIndicators, figure.Unit) : null;
    }

    // "rising from 14 in the initial operation period to 48 now", 「由1702列增至1.7万列」: the value a movement reaches
    // measures what its starting value does (time-words.json from / to, the start's label given before it).
    private static string? MovementEnd(IndicatorFacts f)
    {
        var (figure, words) = (f.Figure, f.Catalogs.Time);
        var figures = figure.In.Figures;
        var index = ReadOnlyLists.IndexOf(figures, figure.Mention);
        if (index < 1 || figures[index - 1].Unit != figure.Mention.Unit)
        {
            return null;
        }

        var start = figures[index - 1];
        var moves = start.Start >= figure.Clause.Start
            ? words.To.EndOf(WithoutDate(figure, start.End, figure.Mention.Start)) is not null
                && words.From.EndOf(WithoutDate(figure, figure.Clause.Start, start.Start)) is not null
            : EndInNextClause(figure, start, words);
        return moves && LastOfUnit(f.Earlier, figure.Unit) is { } label ? label : null;
    }

    // 「运输品类由开行初期的10余种，增加到目前的380多种」: a comma parts the movement's two values; the end's clause holds only
    // the to word (a date aside) and the start's clause the from word before the start (a stage such as 开行初期的 between).
    private static bool EndInNextClause(FigureContext figure, Mention start, Time.TimeWords words)
    {
        var clause = figure.In.ClauseOf(figure.Mention.Start);
        if (clause < 1 || figure.In.ClauseOf(start.Start) != clause - 1)
        {
            return false;
        }

        var head = WithoutDate(figure, figure.Clause.Start, figure.Mention.Start).Trim().TrimEnd('的');
        if (words.Current.EndOf(head) is { } now) // 「增加到目前的380多种」: the present is the end's date
        {
            head = head[..^now.Length].TrimEnd();
        }

        var from = figure.In.Sentence.Clauses[clause - 1].Start;
        return words.To.EndOf(head) is { } to && to.Length == head.Length
            && words.From.Any(figure.Text, from, start.Start);
    }

    // The last indicator given to a figure of the unit (any currency for an amount) in the list, or null.
    private static string? LastOfUnit(IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, Domain.Unit of)
    {
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            var (unit, indicator) = earlier[k];
            if ((unit == of || (unit.IsCurrency() && of.IsCurrency())) && indicator.Length > 0)
            {
                return indicator;
            }
        }

        return null;
    }

    // 「我国货物贸易进出口总值43.85万亿元」, "overall goods trade grew 5.7% to 13.81 trillion yuan": a measure that is another's row
    // when stated alone (label-words.json alone_rows: a country's goods trade is its trade total) takes that row, unless its
    // sentence also names the measure it is told apart from (「货物贸易、服务贸易进出口额」 keeps 货物贸易进出口额).
    private static string? AloneRow(IndicatorFacts f)
    {
        if (f.Cue.Label is not { } label || !f.Catalogs.Labels.AloneRows.TryGetValue(label, out var alone))
        {
            return null;
        }

        var (figure, words) = (f.Figure, f.Catalogs.Metrics.Words);
        foreach (var hit in figure.In.MeasureHits)
        {
            if (hit.Start >= figure.In.Sentence.Start && hit.End <= figure.In.Sentence.End && words[hit.Word].LabelFor(figure.Unit) == alone.Unless)
            {
                return null;
            }
        }

        return alone.Row;
    }

    // 「对共建国家出口10.73万亿元」: the catalogued measure, scoped to the partner countries its sentence names before it;
    // 「中非贸易额」「中国与东盟进出口总额」, "imports from Africa": to the one partner its clause names.
    private static string? PartnersMeasure(IndicatorFacts f) => f.Cue.Label is { } label ? PartnerRow(f, label) : null;

    // The partner row of label (null where no partner scopes it).
    private static string? PartnerRow(IndicatorFacts f, string label)
    {
        var partners = f.Catalogs.Labels.Partners;
        // One partner its own clause names (「其中对中亚五国进出口…」) is narrower than the group its sentence scopes.
        return partners.Respective(f.Figure, label, f.Catalogs.Time.Respectively, f.Catalogs.Names) ?? partners.NamedPartner(f.Figure, label, f.Entity, f.Catalogs.Names, after: f.Nature == Nature.Actual)
            ?? (partners.Scopes(f.Figure, f.Catalogs.Labels, label) ? partners.Scoped(label) : null)
            ?? (partners.Carried(f.Figure, f.Catalogs.Labels) ? partners.Scoped(label) : null) ?? ListedWithPartners(f, label, partners);
    }

    // "exports to those countries were 82.6 billion yuan and imports 62.8 billion yuan": a measure stated right after a figure of
    // its unit that its sentence scoped to the partner countries goes on with them (自共建国家进口额), as a later sentence of the
    // paragraph does (Carried).
    private static string? ListedWithPartners(IndicatorFacts f, string label, PartnerScope partners)
    {
        for (var k = f.Earlier.Count - 1; k >= 0; k--)
        {
            if (f.Earlier[k].Unit == f.Figure.Unit)
            {
                return partners.Unscoped(f.Earlier[k].Indicator) != f.Earlier[k].Indicator ? partners.Scoped(label) : null;
            }
        }

        return null;
    }

    // 「我国企业对54个国家进行了非金融类直接投资，金额为571亿元」「…，累计投资887.2亿元」: an amount whose clause says no more
    // before it than a generic amount word (label-words.json generic_amounts; strip words aside) restates the measure the
    // sentence's earlier clauses named: their last catalogued cue of the unit, scoped to the partner countries as there.
    private static string? RestatedAmount(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        if (!figure.Unit.IsCurrency() || figure.Clause.Start <= figure.In.Sentence.Start)
        {
            return null;
        }

        var head = figure.ClauseBefore.Trim().ToString();
        var stated = head.Length > 0;
        foreach (var (start, end) in catalogs.Labels.Strip.Find(head, 0, head.Length).Reverse())
        {
            head = head.Remove(start, end - start);
        }

        // 「…，合计1365.1亿美元」「…首次突破百亿美元，达到112.5亿美元」: a clause that says only words a label drops restates it too.
        head = head.Trim();
        if (!(stated && head.Length == 0) && !catalogs.Labels.GenericAmounts.Words.Contains(head))
        {
            return null;
        }

        if ((CuedLabels.LastCue(figure.In.MeasureHits, catalogs.Metrics.Words, figure.Unit, figure.In.Sentence.Start, figure.Clause.Start, figure.In.Names)
            ?? NamedKindsMeasure(figure, head, catalogs)) is not { } label)
        {
            return null;
        }

        var partners = catalogs.Labels.Partners;
        return partners.Scopes(figure, catalogs.Labels, label) && partners.Scoped(label) is { } scoped ? scoped : label;
    }

    // 「中葡合作发展基金，总规模10亿美元」: where the earlier clauses name no measure, the last name they hold may: its kind (the
    // last two or three characters, 基金) and the generic word open a catalogued cue of the unit reaching into the word
    // (基金总规模 → 基金规模; 「总规模为」 too).
    private static string? NamedKindsMeasure(FigureContext figure, string head, MeaningCatalogs catalogs)
    {
        EntityName? last = null;
        foreach (var n in figure.In.Names)
        {
            if (n.Start >= figure.In.Sentence.Start && n.End <= figure.Clause.Start)
            {
                last = n;
            }
        }

        var name = last is null ? null : figure.Text[last.Start..last.End];
        if (name is null || head.Length == 0)
        {
            return null;
        }

        var words = catalogs.Metrics.Words;
        var hits = new List<MeasureHit>();
        for (var k = MaxKind; k >= MinKind; k--)
        {
            if (name.Length <= k)
            {
                continue;
            }

            var word = string.Concat(name.AsSpan(name.Length - k), head);
            hits.Clear();
            words.FindAll(word, 0, word.Length, hits);
            foreach (var hit in hits)
            {
                if (hit.Start == 0 && hit.End > k && words[hit.Word].LabelFor(figure.Unit) is { } label)
                {
                    return label;
                }
            }
        }

        return null;
    }

    private const int MinKind = 2;
    private const int MaxKind = 3;

    // "Container traffic at Piraeus, Greece's largest port, reached about 5.1 million TEUs": an English sentence's subject
    // may stand before an apposition's commas; a figure whose clause names no measure takes the catalogued cue of its unit
    // nearest before its clause in the sentence, with no other figure between. (A Chinese clause names its own measure, or its sentence's topic names none.)
    private static string? SentenceSubject(IndicatorFacts f)
    {
        var figure = f.Figure;
        if (figure.Clause.Start <= figure.In.Sentence.Start || HanText.Any(figure.Subject))
        {
            return null;
        }

        // Only a cue no other figure stands after: one before an earlier figure is that figure's ("3,000 varieties, …, link 31 provinces");
        // a rate before an amount is of what the amount measures, in its clause or one before ("trade with the EU, …, slipped 1.8%
        // to 1.75 trillion yuan", "Passenger revenue jumped 39.4 percent, from Sh2.94 billion to Sh4.1 billion").
        var from = figure.In.Sentence.Start;
        foreach (var other in figure.In.Figures)
        {
            if (other.End <= figure.Mention.Start && !(other.Unit is MentionUnit.Percent && !IsPercentage(f)))
            {
                from = Math.Max(from, other.End);
            }
        }

        if (from >= figure.Clause.Start
            || CuedLabels.LastCue(figure.In.MeasureHits, f.Catalogs.Metrics.Words, figure.Unit, from, figure.Clause.Start, figure.In.Names) is not { } label)
        {
            return null;
        }

        // The partner its subject names ("trade with the European Union, the second-largest partner, slipped …").
        return f.Catalogs.Labels.Partners.NamedPartner(figure, label, f.Entity, f.Catalogs.Names, from) ?? label;
    }

    // 「…46家海外中国文化中心，其中共建国家32家」: a subset takes the label of the figure it is part of.
    // 「其中中国段286万人次、老挝段41万人次」: subsets listed after one 其中 are each of the same whole, with their own words
    // after the figure before; a segment of a project (段, entity-names.json segment_after) is the entity's part, so its
    // figure is the whole's row.
    private static string? Subset(IndicatorFacts f)
    {
        if (SubsetParts(f) is not var (from, whole))
        {
            return null;
        }

        var words = f.Figure.Text.AsSpan(from, f.Figure.Mention.Start - from).Trim().TrimStart('、').Trim();
        // A subset the entity already names (中老铁路中国段) is not named twice.
        return f.Catalogs.Names.SegmentAfter.EndOf(words) is not null || f.Entity.AsSpan().EndsWith(words, StringComparison.Ordinal) ? whole : string.Concat(words, whole);
    }

    // 「集装箱航线总数达75条，其中外贸航线42条」「开通国际道路运输线路118条，其中客运线路45条、货运线路73条」「服务…企业6.8万家，
    // 其中小微企业5.9万家」: a counted subset whose own words end with the noun the whole counts (its last two characters
    // stand in the whole's label) names its row itself: its words (的 and a trailing copula, label-words.json
    // subset_copulas, dropped) + 数 — 外贸航线数, 客运线路数, 小微企业数 — not its words before the whole's label.
    private static string? SubsetNamingItsNoun(IndicatorFacts f)
    {
        var labels = f.Catalogs.Labels;
        // Countries counted in a subset are a group of the whole's (「其中共建“一带一路”国家57个」 keeps the whole's row).
        if (!(labels.CountRows.ContainsKey(f.Figure.Unit) || f.Figure.Unit == Domain.Unit.Trains) || f.Figure.Unit == Domain.Unit.Countries
            || SubsetParts(f) is not var (from, whole))
        {
            return null;
        }

        var words = f.Figure.Text.AsSpan(from, f.Figure.Mention.Start - from).Trim().TrimStart('、').Trim();
        if (labels.SubsetCopulas.EndOf(words) is { } copula)
        {
            words = words[..^copula.Length].TrimEnd();
        }

        // 「其中在沿线国家的项目9个」: words opening with a preposition scope the whole's noun; they name no kind of it.
        if (words.Length < 3 || f.Catalogs.Names.SegmentAfter.EndOf(words) is not null || whole.AsSpan().IndexOf(words[^2..]) < 0
            || labels.Partners.Prepositions.Contains(words[..1].ToString()) || labels.Partners.Groups.EndOf(words) is not null)
        {
            return null;
        }

        var row = words.ToString().Replace("的", "", StringComparison.Ordinal);
        return row.Length < 3 || !HanText.Any(row) ? null : row + labels.CountLabelSuffix;
    }

    // A subset's place: where its words start (after the subset word, or the figure listed before it after one subset word)
    // and the whole's label, the figure of its unit before the listed ones; null where the clause opens no subset.
    private static (int From, string Whole)? SubsetParts(IndicatorFacts f)
    {
        var figure = f.Figure;
        var clauseBefore = figure.ClauseBefore.Trim();
        if (WordedLabels.SubsetWord(clauseBefore, f.Catalogs.Labels) is not { } subset)
        {
            return null;
        }

        var subsetEnd = figure.Mention.Start - clauseBefore.Length + subset.Length;
        var (listed, from) = (0, subsetEnd);
        foreach (var other in figure.In.Figures)
        {
            if (other.Start >= subsetEnd && other.End <= figure.Mention.Start && other.Unit == figure.Mention.Unit)
            {
                (listed, from) = (listed + 1, other.End);
            }
        }

        return WholeBefore(f.Earlier, figure.Unit, listed) is { Length: > 0 } whole ? (from, whole) : null;
    }

    // "The park hosts 120 resident companies, 55 of them from China", "swap arrangements with 20 partner countries and RMB
    // clearing arrangements in 17 of them": an English figure a part word follows (label-words.json part_words) counts
    // part of the last figure of its unit, in its sentence or the one before, and takes its label.
    private static string? PartOfThem(IndicatorFacts f)
    {
        var (figure, text) = (f.Figure, f.Figure.Text);
        var at = figure.Mention.End;
        while (at < figure.Clause.End && text[at] == ' ')
        {
            at++;
        }

        return !IsPercentage(f) && at < figure.Clause.End && f.Catalogs.Labels.PartWords.At(text, at, figure.Clause.End) is not null
            ? LastOfUnit(f.Earlier, figure.Unit) ?? LastOfUnit(figure.In.PreviousIndicators, figure.Unit)
            : null;
    }

    // 「中欧班列年开行数量」 and on the next line 「由1702列增加到1.7万列以上」 (an infographic's caption over its figures), "Trade
    // with Belt and Road partner countries grew faster than the average. It came to 4.82 trillion yuan", "Hong Kong came
    // second with USD8.2 billion": a figure no cue of its clause names (the rules before this one) — a movement whose
    // clause says nothing before its from word, or an English amount, not a count whose noun follows it — measures what was
    // named before it: the last figure of its unit in its sentence, else in the sentence before, else the last catalogued
    // cue of its unit there (scoped to the partner countries that sentence names). (A Chinese clause that opens with its
    // figure names it after it: 「140多个国家…的代表参会」.)
    private static string? NamedBefore(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        var unit = figure.Unit;
        if (IsPercentage(f) || !(Unnamed(f) || (!HanText.Any(figure.Subject) && (unit.IsCurrency() || unit is Domain.Unit.Tonnes or Domain.Unit.TEU))))
        {
            return null;
        }

        var words = catalogs.Metrics.Words;
        var partners = catalogs.Labels.Partners;
        var sentenceStart = figure.In.Sentence.Start;
        if (LastOfUnit(f.Earlier, unit) is { } earlier)
        {
            return LendersOwn(earlier, f);
        }

        // 「香港对共建国家的直接投资头寸，由2017年底约700亿美元增至…」: a movement opening a clause after the first of its sentence
        // moves what that sentence's clauses before name (a catalogued cue), never what the sentence before measured.
        // Where they name none (「2016年至2023年，由1702列增加到1.7万列」), the sentence before's measure goes on.
        if (figure.Clause.Start > sentenceStart && HanText.Any(figure.Subject)
            && CuedLabels.LastCue(figure.In.MeasureHits, words, unit, sentenceStart, figure.Clause.Start, figure.In.Names) is { } own)
        {
            return partners.NamedIn(figure.Text, sentenceStart, figure.Clause.Start, own) && partners.Scoped(own) is { } ownScoped ? ownScoped : own;
        }

        if (LastOfUnit(figure.In.PreviousIndicators, unit) is { } previous)
        {
            return LendersOwn(previous, f);
        }

        if (figure.In.Before is not { } before)
        {
            return null;
        }

        var found = new List<MeasureHit>();
        words.FindAll(figure.Text, before.Start, before.End, found);
        if (CuedLabels.LastCue(found, words, unit, before.Start, before.End, []) is not { } label)
        {
            return null;
        }

        return partners.NamedIn(figure.Text, before.Start, before.End, label) && partners.Scoped(label) is { } scoped ? scoped : label;
    }

    // What a recipient got, named again for the lender's own figure ("China spent $1.9 billion on aid"), is the lender's measure.
    private static string LendersOwn(string earlier, IndicatorFacts f)
    {
        var received = f.Catalogs.Labels.Recipients.Prefix + f.Entity;
        return earlier.StartsWith(received, StringComparison.Ordinal) && earlier.Length > received.Length ? earlier[received.Length..] : earlier;
    }

    // "the United Kingdom received $60 billion", "Venezuela secured $196 billion in credit", "the Middle East was the largest
    // destination, with USD39 billion": money a recipient (an actor other than the lender) gets is the lender's measure seen
    // from the recipient (label-words.json recipients): 获 + the lender + the measure its clause names, else the last figure
    // of its unit in its sentence or the sentence before measures, else the headline names, else the unit's row.
    private static string? Received(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        var (recipients, lender) = (catalogs.Labels.Recipients, catalogs.Names.DefaultActor);
        if (!figure.Unit.IsCurrency() || HanText.Any(figure.Subject) || f.Entity.Length == 0 || f.Entity == lender || !recipients.Receives(figure))
        {
            return null;
        }

        var measure = f.Cue.Label ?? LastOfUnit(f.Earlier, figure.Unit) ?? LastOfUnit(figure.In.PreviousIndicators, figure.Unit)
            ?? HeadlineCue(figure, catalogs.Metrics.Words) ?? catalogs.Labels.UnnamedRows.GetValueOrDefault(figure.Unit);
        return measure is null ? null : string.Concat(recipients.Prefix, f.Entity, recipients.MeasureOf(measure, catalogs.Names));
    }

    // "oil and gas engagement climbed to USD24.3 billion", "metals and mining reached almost USD22 billion", "USD7.9 billion
    // in green energy projects": an English amount whose clause names a sector before it, or right after it after a link
    // word (label-words.json share_wholes.sectors, after_links), is that sector's part of the measure: the sector + the
    // measure its clause names, else the last its sentence names before the clause, else the sentence before; the
    // initiative's prefix gives way to the sector (油气参与额, not 油气“一带一路”参与额).
    private static string? SectorAmount(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (!figure.Unit.IsCurrency() || HanText.Any(figure.Subject)
            || (labels.Wholes.SectorBefore(figure, figure.PreviousAmountEnd) ?? labels.Wholes.SectorAfter(figure, labels.AfterLinks)) is not { } sector)
        {
            return null;
        }

        var words = f.Catalogs.Metrics.Words;
        var measure = f.Cue.Label
            ?? CuedLabels.LastCue(figure.In.MeasureHits, words, figure.Unit, figure.In.Sentence.Start, figure.Clause.Start, figure.In.Names)
            ?? (figure.In.Before is { } before ? LastCueIn(figure.Text, before.Start, before.End, figure.Unit, words) : null)
            ?? labels.UnnamedRows.GetValueOrDefault(figure.Unit);
        if (measure is null || measure.StartsWith(sector, StringComparison.Ordinal))
        {
            return measure;
        }

        return sector + (measure.StartsWith(labels.Initiative.Prefix, StringComparison.Ordinal) ? measure[labels.Initiative.Prefix.Length..] : measure);
    }

    // "Transport | USD 5.1bn" under "Sector | Engagement", "Water: USD1,565.2 million (13.0%)" under "Approved Financing by
    // Sector": an English amount in a row of a breakdown whose first cell names a sector is that sector's part of the measure
    // the table's header or the rows' caption names (交通参与额, 水务批准融资额), as the row's share is the sector's (row's part).
    private static string? SectorRow(IndicatorFacts f)
    {
        var (figure, labels, words) = (f.Figure, f.Catalogs.Labels, f.Catalogs.Metrics.Words);
        if (!figure.Unit.IsCurrency() || HanText.Any(figure.Subject) || labels.Wholes.RowPart(figure) is not { } sector
            || (TableHeaders.For(figure, words) ?? TableHeaders.RowsCaption(figure, words)) is not { } measure)
        {
            return null;
        }

        return measure.StartsWith(sector, StringComparison.Ordinal) ? measure
            : sector + (measure.StartsWith(labels.Initiative.Prefix, StringComparison.Ordinal) ? measure[labels.Initiative.Prefix.Length..] : measure);
    }

    private static string? LastCueIn(string text, int start, int end, Domain.Unit unit, MeasureWords words)
    {
        var found = new List<MeasureHit>();
        words.FindAll(text, start, end, found);
        return CuedLabels.LastCue(found, words, unit, start, end, []);
    }

    // "a dataset of 13,427 projects across 165 countries", "over 1,000 loans worth $441.4 billion to 100 countries", "Beijing
    // committed $2.2 trillion of aid and credit, spread across 200 countries": an English count of countries right after a
    // word of spanning (label-words.json spans), in a sentence whose earlier figure is an amount or a count of projects,
    // counts the countries the portfolio covers: 覆盖 + its row (覆盖国家数, 覆盖国家和地区数); a row of its own that
    // is not a bare country row (通达欧洲国家数: "229 cities across 26 European countries") keeps it.
    private static string? Spanned(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Unit != Domain.Unit.Countries || HanText.Any(figure.Subject) || labels.SpanWords.EndOf(figure.ClauseBefore) is null
            || !f.Earlier.Any(e => e.Unit.IsCurrency() || e.Unit == Domain.Unit.Projects)
            || labels.CountRows.GetValueOrDefault(figure.Unit) is not { Length: > 1 } row)
        {
            return null;
        }

        var bare = row[..^1];
        return f.Cue.Label is { } own ? (own.StartsWith(bare, StringComparison.Ordinal) ? labels.SpanLabel + own : null) : labels.SpanLabel + row;
    }

    // The catalogued cue of the figure's unit that the document's headline names last ("China's lending shifts toward …"), or
    // null; a document without a headline is titled by its file's name, which names no measure.
    private static string? HeadlineCue(FigureContext figure, MeasureWords words)
    {
        var (title, name) = (figure.In.Document.Title, figure.In.Document.Name);
        if (name.EndsWith(title, StringComparison.Ordinal) || Path.GetFileNameWithoutExtension(name) == title)
        {
            return null;
        }

        return LastCueIn(title, 0, title.Length, figure.Unit, words);
    }

    // A movement that opens its clause, with nothing before its from word (「由1702列增加到…」): what it moves was named before.
    private static bool Unnamed(IndicatorFacts f)
    {
        var head = WithoutDate(f.Figure, f.Figure.Clause.Start, f.Figure.Mention.Start).Trim();
        return f.Catalogs.Time.From.EndOf(head) is { } from && from.Length == head.Length;
    }

    // The text in [start, end) before a figure, without the date that stands right before the figure (and its 的, 约):
    // 「由2013年的25%」「由2017年底约700亿美元增至2021年底的1200亿美元」 read as a movement's 「由」 and 「增至」 do.
    private static ReadOnlySpan<char> WithoutDate(FigureContext figure, int start, int end)
    {
        var text = figure.Text;
        var at = end;
        while (at > start && (Blank.Is(text[at - 1]) || text[at - 1] is '的' or '约'))
        {
            at--;
        }

        var mentions = figure.In.Mentions;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is { Kind: MentionKind.DatePeriod } m && m.End == at && m.Start >= start)
            {
                // 「升至2017年的26.5%」: the recognizer took the to word 至 into the date; it stays the movement's.
                end = text[m.Start] is '至' or '到' ? m.Start + 1 : m.Start;
                break;
            }
        }

        return text.AsSpan(start, end - start).TrimEnd();
    }

    // The indicator of the unit's figure that stands `skip` figures of the unit before the last one in the list.
    private static string? WholeBefore(IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, Domain.Unit unit, int skip)
    {
        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            if (earlier[k].Unit == unit && skip-- == 0)
            {
                return earlier[k].Indicator;
            }
        }

        return null;
    }

    // 「投资额超过1亿美元的沿线国家共有12个」「新签合同额5000万美元以上的项目有509个」: a count of the class a bound names
    // (the bounded figure followed by 的 and the counted noun) is the row of that class, bound and measure kept
    // (投资额超过1亿美元的沿线国家数): the bound itself is no fact (NotFacts), and the count is not the whole noun's.
    private static string? BoundClass(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        if (!catalogs.Labels.CountSuffix.TryGetValue(figure.Unit, out var suffix) || !HanText.Any(figure.Subject))
        {
            return null;
        }

        foreach (var bound in figure.In.Figures)
        {
            if (bound.Start < figure.Clause.Start || bound.End > figure.Mention.Start
                || !Bounding(bound, figure.Text, catalogs.Tiers)
                || !figure.Text.AsSpan(bound.End, figure.Mention.Start - bound.End).TrimStart().StartsWith("的"))
            {
                continue;
            }

            var measure = WordedLabels.Cut(figure.Text[figure.Clause.Start..bound.Start], f.Entity, catalogs);
            var noun = WordedLabels.Cut(figure.Subject, f.Entity, catalogs).TrimStart('的');
            if (noun.Length == 0 || !HanText.Any(measure))
            {
                return null;
            }

            return WordedLabels.Joined(string.Concat(measure, figure.Text.AsSpan(bound.Start, bound.End - bound.Start), "的", noun), suffix);
        }

        return null;
    }

    // A bound: 以上, 不超过 (at least, up to), or more than after a comparison word (超过1亿美元; 100多个 is no bound).
    private static bool Bounding(Mention bound, string text, TierWords tiers) => bound.Qualifier switch
    {
        MentionQualifier.AtLeast or MentionQualifier.UpTo => true,
        MentionQualifier.MoreThan => tiers.Bounds.EndOf(text.AsSpan(bound.Start, bound.NumberStart - bound.Start)) is not null
            || (bound.Start >= 1 && tiers.Bounds.EndOf(text.AsSpan(Math.Max(0, bound.Start - 3), Math.Min(3, bound.Start))) is not null),
        _ => false,
    };

    // 「三届」 names its measure (举办届数).
    private static string? MeasureNamed(IndicatorFacts f) =>
        MeasureWord(f.Figure) is { } word && f.Catalogs.Labels.MeasureLabels.TryGetValue(word, out var byMeasure) ? byMeasure : null;

    // 「三场高级别论坛」 counts sessions of the noun after it (高级别论坛场数).
    private static string? MeasureCounts(IndicatorFacts f)
    {
        // 「5大类、279项务实成果」: a measure word of two characters (大类, 门类) is looked up whole before its first.
        var whole = f.Figure.Mention.MeasureWord is { Length: > 1 } measure ? HanScript.ToSimplified(measure.Trim()) : null;
        if (!(whole is not null && f.Catalogs.Labels.MeasureSuffixes.TryGetValue(whole, out var measureSuffix))
            && (MeasureWord(f.Figure) is not { } word || !f.Catalogs.Labels.MeasureSuffixes.TryGetValue(word, out measureSuffix)))
        {
            return null;
        }

        var cut = CountedCut(f);
        return cut[(cut.LastIndexOf('的') + 1)..] + measureSuffix;
    }

    // 「当月对俄贸易9.6亿美元」「与共建国家贸易累计超2.3万亿元」: a Chinese amount whose own words end with a noun that names a
    // row (label-words.json noun_rows: 贸易 → 进出口总额) is that row, with the partner its clause or sentence names; a noun too
    // broad for a cue (贸易成本, 贸易畅通) counts only where it ends the words.
    private static string? NounRow(IndicatorFacts f)
    {
        if (!f.Figure.Unit.IsCurrency() || !HanText.Any(f.Figure.Subject))
        {
            return null;
        }

        var cut = CountedCut(f);
        var rows = f.Catalogs.Labels.NounRows;
        for (var k = 0; k < rows.Count; k++)
        {
            if (cut.EndsWith(rows[k].Noun, StringComparison.Ordinal))
            {
                return PartnerRow(f, rows[k].Row) ?? rows[k].Row;
            }
        }

        return null;
    }

    // The counted noun with its count suffix (「签署合作文件的国家数」, a reach 「可直达沿线的国家」 as 通达沿线国家数); null where the words are no row label: clause debris
    // (「9万列！」, a date, nothing left) or an English noun (a row label is Chinese in every script: "railway engineers").
    private static string? CountedNounLabel(IndicatorFacts f)
    {
        var cut = CountedCut(f);
        // 「单月作业量达到75608辆」: words that already end with a measure's head before the counted classifier name the row.
        var of = cut.LastIndexOf('的');
        if (of > 0 && cut.Length - of <= 3 && f.Catalogs.Labels.MeasureHeads.EndOf(cut.AsSpan(0, of)) is not null)
        {
            return cut[..of];
        }

        // 「可直达“一带一路”沿线24个国家」: what a service reaches is the reach row (通达沿线国家数).
        cut = WordedLabels.Reached(cut, f.Catalogs.Labels);

        var label = f.Catalogs.Labels.CountSuffix.TryGetValue(f.Figure.Unit, out var suffix) && !cut.EndsWith(suffix, StringComparison.Ordinal) && HanText.Any(cut) ? WordedLabels.Joined(cut, suffix) : cut;
        return WordedLabels.IsDebris(label) || !HanText.Any(label) ? null : label;
    }

    // 「达卡至玛瓦段约40公里」「主桥长6.15公里」「较2019年的1026列翻了一番多」: a Chinese length or train count whose words hold
    // none of its unit's nouns (label-words.json unit_nouns) names a segment or is clause debris: its unit's row (线路长度, 开行列数).
    private static string? NoNounOfItsUnit(IndicatorFacts f) => NoUnitNoun(f) ? f.Catalogs.Labels.UnnamedRows.GetValueOrDefault(f.Figure.Unit) : null;

    // Whether a Chinese figure of a unit with nouns of its own (label-words.json unit_nouns) holds none of them in its words.
    private static bool NoUnitNoun(IndicatorFacts f)
    {
        if (!f.Catalogs.Labels.UnitNouns.TryGetValue(f.Figure.Unit, out var nouns) || !HanText.Any(f.Figure.Subject))
        {
            return false;
        }

        var cut = CountedCut(f);
        return !nouns.Any(cut, 0, cut.Length);
    }

    // What is left of a figure no words name: the noun its measure word counts (「30多个国际组织」 → 国际组织数), the
    // catalogue's label of the counted noun where a name overshadowed it ("400 Chinese firms" → 企业数), else the row its
    // unit makes (label-words.json unnamed_rows, count_rows: 金额, 开行列数, 国家数, 人数, 数量 …), else the words as they are.
    private static string UnitRow(IndicatorFacts f)
    {
        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        if (figure.Mention.MeasureWord is { Length: > 1 } measure && HanText.Any(measure.AsSpan(0, 1)) && labels.CountSuffix.TryGetValue(figure.Unit, out var suffix)
            && HanScript.ToSimplified(measure[1..].Trim()) is { Length: > 0 } noun && !WordedLabels.IsDebris(noun))
        {
            return WordedLabels.Joined(noun, suffix);
        }

        var numberEnd = figure.Mention.NumberStart + figure.Mention.NumberLength;
        return CuedLabels.LastCue(figure.In.MeasureHits, f.Catalogs.Metrics.Words, figure.Unit, numberEnd, figure.Mention.End, [])
            ?? labels.UnnamedRows.GetValueOrDefault(figure.Unit) ?? labels.CountRows.GetValueOrDefault(figure.Unit) ?? CountedCut(f);
    }

    // 「比上年增长4.6%，增加1.9万人」, "although it declined by US$1.8 billion": an amount of change (not a rate) measures
    // what the figure it changes does: the last figure of its unit before it in the sentence.
    private static string? ChangeAmount(IndicatorFacts f) =>
        !IsPercentage(f) && f.Aggregation == Aggregation.Change ? LastOfUnit(f.Earlier, f.Figure.Unit) : null;

    // The measure word's first character, in simplified script.
    private static string? MeasureWord(FigureContext figure) =>
        figure.Mention.MeasureWord is { Length: > 0 } measure ? HanScript.ToSimplified(measure[..1]) : null;

    // The subject (a count's counted noun) cut to its measure; "152 partner countries": a counted noun the entity catalogue
    // names is labelled by its canonical name (共建国家数).
    private static string CountedCut(IndicatorFacts f)
    {
        var (figure, catalogs) = (f.Figure, f.Catalogs);
        var counted = catalogs.Labels.CountSuffix.ContainsKey(figure.Unit);
        var cut = WordedLabels.Cut(counted ? WordedLabels.CountedNoun(figure, catalogs.Subjects) : figure.Subject, f.Entity, catalogs);
        return !HanText.Any(cut) && counted && catalogs.Names.Lookup(cut) is { } named ? named.Name : cut;
    }

    private static string? CurrencyCue(FigureContext figure, MeaningCatalogs catalogs) =>
        CuedLabels.For(figure, Domain.Unit.USD, catalogs);
}
