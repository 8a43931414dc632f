using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Recognizers;

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
    private static readonly RuleList<IndicatorFacts, string?> Rules = new(
        ("point change keeps its share's label", PointChange),
        ("share of a named whole", ShareOfNamedWhole),
        ("share of its base", ShareOfBase),
        ("change of its base", ChangeOfBase),
        ("percentage's subject", static f => IsPercentage(f) ? WordedLabels.Cut(f.Figure.Subject, f.Entity, f.Catalogs) : null),
        ("conversion", Conversion),
        ("catalogued cue", static f => CuedLabels.For(f.Figure, f.Figure.Unit, f.Catalogs.Metrics.Words)),
        ("subset", Subset),
        ("countries that", static f => f.Figure.Unit == Domain.Unit.Countries ? WordedLabels.CountriesThat(f.Figure, f.Catalogs) : null),
        ("movement", static f => WordedLabels.Moved(f.Figure, f.Entity, f.Catalogs)),
        ("measure word names the measure", MeasureNamed),
        ("measure word counts the noun", MeasureCounts),
        ("counted noun", CountedNounLabel));

    /// <summary>The rules' names, in the order they are tried.</summary>
    public static IReadOnlyList<string> RuleNames => Rules.Names;

    /// <summary>The figure's indicator and the rule that gave it.</summary>
    public static (string Indicator, string Rule) Resolve(FigureContext figure, string entity, Aggregation aggregation, IReadOnlyList<(Domain.Unit Unit, string Indicator)> earlier, MeaningCatalogs catalogs)
    {
        var (indicator, rule) = Rules.Decide(new IndicatorFacts(figure, entity, aggregation, earlier, catalogs));
        return (indicator!, rule);
    }

    // What the rules read: the figure, its entity and aggregation, the indicators of the sentence's figures before it, the catalogues.
    private readonly record struct IndicatorFacts(FigureContext Figure, string Entity, Aggregation Aggregation, IReadOnlyList<(Domain.Unit Unit, string Indicator)> Earlier, MeaningCatalogs Catalogs);

    private static bool IsPercentage(IndicatorFacts f) => f.Figure.Unit is Domain.Unit.Percent or Domain.Unit.PercentagePoints;

    // A percentage-point change keeps the label of the share it changes.
    private static string? PointChange(IndicatorFacts f) =>
        f.Figure.Unit == Domain.Unit.PercentagePoints && f.Earlier.LastOrDefault(e => e.Unit == Domain.Unit.Percent).Indicator is { } share ? share : null;

    // 「…占同期外贸总值的45.4%」: base + the whole the clause names after 占 + 比重.
    private static string? ShareOfNamedWhole(IndicatorFacts f)
    {
        if (!IsPercentage(f) || f.Aggregation != Aggregation.Share)
        {
            return null;
        }

        var before = f.Figure.ClauseBefore;
        var of = before.IndexOf('占');
        return of >= 0 ? BaseLabel(f) + WordedLabels.Cut(before[of..].ToString(), "", f.Catalogs).TrimEnd('的') + f.Catalogs.Labels.ShareSuffix : null;
    }

    // A subject with no Chinese word in it ("The figure accounted for", "trips up") cannot be a row label: the rate's own
    // label stands instead, after its base where one is known (「投资额占比」).
    private static string? ShareOfBase(IndicatorFacts f) =>
        IsPercentage(f) && f.Aggregation == Aggregation.Share && !WordedLabels.HasHan(f.Figure.Subject) ? BaseLabel(f) + f.Catalogs.Labels.ShareLabel : null;

    // 「同比增长」 before the rate, "rose 5 percent year-on-year" after it in its clause: base + 同比/年均增长率.
    private static string? ChangeOfBase(IndicatorFacts f)
    {
        if (!IsPercentage(f) || f.Aggregation is not (Aggregation.Change or Aggregation.PerYear))
        {
            return null;
        }

        var (figure, labels) = (f.Figure, f.Catalogs.Labels);
        var baseLabel = BaseLabel(f);
        if (baseLabel.Length == 0 && WordedLabels.HasHan(figure.Subject))
        {
            return null;
        }

        var suffix = f.Aggregation == Aggregation.PerYear ? labels.PerYearChange
            : labels.SamePeriodWords.Find(figure.Text, figure.In.Sentence.Start, figure.Clause.End).Any() ? labels.SamePeriodChange
            : labels.OtherChange;
        return baseLabel + suffix;
    }

    // The base: the amount this percentage is of, named in the clause or by the sentence's last amount. A rate of change
    // measures the figure it follows whatever that counts (「开行1.6万列，同比增长9%」, "made 9,700 trips, up 10 percent");
    // a share is of an amount.
    private static string BaseLabel(IndicatorFacts f) =>
        ListedFigures.RespectiveBase(f.Figure, f.Earlier) ?? CurrencyCue(f.Figure, f.Catalogs.Metrics.Words)
        ?? (f.Aggregation is Aggregation.Change or Aggregation.PerYear
            ? f.Earlier.LastOrDefault(e => e.Unit is not (Domain.Unit.Percent or Domain.Unit.PercentagePoints)).Indicator
            : f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator) ?? "";

    // 「9100.5亿元人民币（折合1280.3亿美元）」: the same amount in another currency measures what the first one does.
    private static string? Conversion(IndicatorFacts f) =>
        f.Figure.Unit.IsCurrency() && f.Catalogs.Labels.ConversionWords.EndOf(f.Figure.ClauseBefore) is not null
        && f.Earlier.LastOrDefault(e => e.Unit.IsCurrency()).Indicator is { Length: > 0 } converted
            ? converted
            : null;

    // 「…46家海外中国文化中心，其中共建国家32家」: a subset takes the label of the figure it is part of.
    private static string? Subset(IndicatorFacts f)
    {
        var clauseBefore = f.Figure.ClauseBefore.Trim();
        return WordedLabels.SubsetWord(clauseBefore, f.Catalogs.Labels) is { } subset && WordedLabels.LastIndicatorOf(f.Earlier, f.Figure.Unit) is { Length: > 0 } whole
            ? string.Concat(clauseBefore[subset.Length..].Trim(), whole)
            : null;
    }

    // 「三届」 names its measure (举办届数).
    private static string? MeasureNamed(IndicatorFacts f) =>
        MeasureWord(f.Figure) is { } word && f.Catalogs.Labels.MeasureLabels.TryGetValue(word, out var byMeasure) ? byMeasure : null;

    // 「三场高级别论坛」 counts sessions of the noun after it (高级别论坛场数).
    private static string? MeasureCounts(IndicatorFacts f)
    {
        if (MeasureWord(f.Figure) is not { } word || !f.Catalogs.Labels.MeasureSuffixes.TryGetValue(word, out var measureSuffix))
        {
            return null;
        }

        var cut = CountedCut(f);
        return cut[(cut.LastIndexOf('的') + 1)..] + measureSuffix;
    }

    // The count suffixes are Chinese: an uncatalogued English noun stays as it is ("renewable energy projects").
    private static string CountedNounLabel(IndicatorFacts f)
    {
        var cut = CountedCut(f);
        return f.Catalogs.Labels.CountSuffix.TryGetValue(f.Figure.Unit, out var suffix) && !cut.EndsWith(suffix, StringComparison.Ordinal) && WordedLabels.HasHan(cut) ? WordedLabels.Joined(cut, suffix) : cut;
    }

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
        return !WordedLabels.HasHan(cut) && counted && catalogs.Names.Lookup(cut) is { } named ? named.Name : cut;
    }

    private static string? CurrencyCue(FigureContext figure, MeasureWords words) =>
        CuedLabels.For(figure, Domain.Unit.USD, words);
}
