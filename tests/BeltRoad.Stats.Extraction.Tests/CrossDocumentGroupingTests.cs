using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// The matcher groups facts by index with its own key comparers (no key value per fact): its findings must be exactly
/// those of grouping the facts as the rule reads, by series and as_of string, then the unmatched levels by series and
/// year, over a table full of near-misses (each key field alone differing, several as_of precisions and years, undated levels).
/// </summary>
public class CrossDocumentGroupingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Findings_are_those_of_grouping_by_series_and_as_of_then_levels_by_series_and_year(int seed)
    {
        var (facts, dates) = Table(seed);

        var findings = CrossDocumentMatcher.Match(facts, dates);

        Assert.NotEmpty(findings);
        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Contains(findings, f => f.Kind == FindingKind.Corroborated && f.Key.AsOf!.Length == 4);
        Assert.Equal(Shown(Reference(facts, dates)), Shown(findings));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Findings_are_the_same_whatever_the_number_of_parts_the_facts_are_split_into(int seed)
    {
        var (facts, dates) = Table(seed);

        var one = Shown(CrossDocumentMatcher.Match(facts, dates, parts: 1)).ToList();

        Assert.All([2, 3, 7], parts => Assert.Equal(one, Shown(CrossDocumentMatcher.Match(facts, dates, parts))));
    }

    private static IEnumerable<string> Shown(IEnumerable<CrossDocumentFinding> findings) =>
        findings.Select(f => $"{f.Kind} {f.Key.Metric} {f.Key.Subject} {f.Key.AsOf} [{string.Join(",", f.FactIds)}] [{string.Join(",", f.Documents)}]");

    // The rule as the class comment states it, with LINQ's grouping.
    private static List<CrossDocumentFinding> Reference(IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, PeriodPoint?> dates)
    {
        static bool InSeries(Fact f) => f.Series is not null;
        static bool SeveralDocuments(IEnumerable<Fact> group) => group.Select(f => f.Doc).Distinct().Count() > 1;
        static CrossDocumentFinding Finding(List<Fact> group, string asOf) => new(
            group.TrueForAll(f => f.SameFigure(group[0])) ? FindingKind.Corroborated : FindingKind.Conflict,
            new FactKey(group[0].Metric, $"{group[0].Entity}·{group[0].Indicator}", asOf),
            [.. group.Select(f => f.Id)],
            [.. group.Select(f => f.Doc).Distinct()]);
        int? Year(Fact f) => f.AsOf is { IsSpan: false } asOf ? asOf.From.Year : f.AsOf is null && dates.GetValueOrDefault(f.Doc) is { } date ? date.Year : null;

        var dated = facts.Where(f => InSeries(f) && f.AsOf is not null).GroupBy(f => (f.Series, f.AsOf!.ToString())).Where(SeveralDocuments).Select(g => g.ToList()).ToList();
        var matched = dated.SelectMany(g => g).Select(f => f.Id).ToHashSet();
        var levels = facts.Where(f => InSeries(f) && f.Aggregation == Aggregation.Level && !matched.Contains(f.Id) && Year(f) is not null)
            .GroupBy(f => (f.Series, Year(f))).Where(SeveralDocuments).Select(g => g.ToList()).Where(g => g.TrueForAll(f => f.SameFigure(g[0])));
        return [.. dated.Select(g => Finding(g, g[0].AsOf!.ToString())).Concat(levels.Select(g => Finding(g, Year(g[0]).ToString()!)))
            .OrderBy(f => f.Key.Metric.Value, StringComparer.Ordinal).ThenBy(f => f.Key.Subject, StringComparer.Ordinal).ThenBy(f => f.Key.AsOf, StringComparer.Ordinal)];
    }

    // Six documents of forty facts each, every key field drawn from two or three values, in table order.
    private static (List<Fact> Facts, Dictionary<string, PeriodPoint?> Dates) Table(int seed)
    {
        var template = new FactExtractor(MetricCatalog.Default).Extract(Documents.Of("t.txt", "截至2023年6月底，中欧班列累计开行7.4万列。")).Facts.Single();
        var random = new Random(seed);
        T Any<T>(params T[] values) => values[random.Next(values.Length)];
        Period?[] periods =
        [
            null, Period.AsOf(PeriodPoint.MonthEnd(2023, 6)), Period.AsOf(new PeriodPoint(2023, 6, 1, DatePrecision.Month)),
            Period.AsOf(new PeriodPoint(2023, 6, 17, DatePrecision.Month)), Period.AsOf(PeriodPoint.OfYear(2023)),
            Period.Span(PeriodPoint.OfYear(2013), PeriodPoint.OfYear(2023)), Period.AsOf(PeriodPoint.OfYear(2022)), Period.AsOf(PeriodPoint.MonthEnd(2022, 6)),
        ];
        var facts = new List<Fact>();
        var dates = new Dictionary<string, PeriodPoint?>();
        for (var d = 0; d < 6; d++)
        {
            var doc = $"d{d}.txt";
            dates[doc] = d % 3 == 0 ? null : PeriodPoint.OfDay(2022 + (d % 2), 10, d);
            for (var i = 0; i < 40; i++)
            {
                facts.Add(template with
                {
                    Id = $"{doc}#{i}",
                    Doc = doc,
                    Span = new SourceSpan(10 * i, (10 * i) + 5),
                    Value = Any(7.4m, 7.4m, 7.4m, 7.4m, 7.5m),
                    Qualifier = Any(Qualifier.Exact, Qualifier.Exact, Qualifier.Exact, Qualifier.MoreThan),
                    Unit = Any(template.Unit, Unit.Percent),
                    AsOf = Any(periods),
                    Entity = Any("中欧班列", "陆海新通道", ""),
                    Indicator = Any("开行列数", "货运量"),
                    Aggregation = Any(Aggregation.Level, Aggregation.PeriodTotal),
                    Nature = Any(Nature.Actual, Nature.Target),
                });
            }
        }

        return (facts, dates);
    }
}
