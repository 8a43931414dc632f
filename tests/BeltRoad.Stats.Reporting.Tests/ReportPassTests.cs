using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The model's counts and cut lists are gathered in one pass over the facts (<see cref="ReportPass"/>, <see cref="GroupTally"/>):
/// they must come out as the definitions read over every fact, also where facts of two metrics share one span.
/// </summary>
public class ReportPassTests
{
    [Fact]
    public void Passages_found_a_document_at_a_time_are_the_passages_of_the_groups_facts_in_document_order()
    {
        var facts = ModelFacts.Of(Table().Input());
        var pass = ReportPass.Over(facts, HeadlineCatalog.Default, null);
        var groups = facts.GroupBy(f => f.Metric.Group, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(groups);
        Assert.All(groups, group =>
        {
            // In document order, facts at one span by their metric's priority, then code (the table gives them otherwise).
            var ordered = group.OrderBy(f => f.Document.Number).ThenBy(f => f.Fact.Span)
                .ThenByDescending(f => f.Metric.Priority).ThenBy(f => f.Metric.Code.Value, StringComparer.Ordinal).ToList();
            var passages = BreakdownRule.InDocumentOrder(ordered);
            var tally = pass.Groups[group.Key];
            Assert.Equal(group.Count(), tally.Count);
            Assert.Equal(
                passages.Where(b => b.Violation is null && b.Parts.Count + (b.Remainder > 0 ? 1 : 0) >= ChartPlanner.MinBars).Take(ChartPlanner.MaxBreakdownsPerGroup).Select(Key),
                tally.Breakdowns.Select(Key));
            Assert.Equal(passages.Count(b => b.Violation is not null), tally.Uncharted.Total);
        });
        Assert.Contains(pass.Groups.Values, g => g.Breakdowns.Count > 0);
        // The table has such a tie, with the lower-priority metric first in table order.
        Assert.Contains(facts, f => facts.Count(g => g.Fact.Span == f.Fact.Span && g.Document == f.Document) > 1);
    }

    [Fact]
    public void A_comparison_holds_each_entitys_newest_figure_of_its_key()
    {
        var facts = ModelFacts.Of(Table().Input());
        var pass = ReportPass.Over(facts, HeadlineCatalog.Default, null);

        var expected = facts.Where(f => f.Fact.Entity.Length > 0 && !Reporting.Series.TierRule.IsTier(f.Fact) && ComparisonKey.Of(f.Fact) is not null)
            .GroupBy(f => (f.Metric.Group, ComparisonKey.Of(f.Fact)!.Value))
            .ToDictionary(g => g.Key, g => g.GroupBy(f => f.Fact.Entity).Select(e => e.Order(FactOrder.Newest).First().Index).Order().ToList());
        var actual = pass.Groups.SelectMany(g => g.Value.Comparable.Select(c => ((g.Key, c.Key), c.Points.Select(f => f.Index).Order().ToList())))
            .ToDictionary(p => p.Item1, p => p.Item2);
        Assert.Equal(expected.Keys.ToHashSet(), actual.Keys.ToHashSet());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key]));
    }

    private static (int Total, string Parts) Key(Breakdown b) => (b.Total.Index, string.Join(",", b.Parts.Select(p => p.Index)));

    [Fact]
    public void Other_entities_are_all_counted_and_the_largest_listed()
    {
        var builder = new FactBuilder().Document("a.txt", "甲", "2024");
        for (var i = 0; i < EntitySections.MaxSections + EntitySections.MaxCountLines + 5; i++)
        {
            builder.Fact("a.txt", "count_projects", "主体" + i, 1 + i, Unit.Projects, "2023").Meaning("主体" + i, "项目数");
        }

        var others = ReportModelBuilder.Build(builder.Input()).OtherEntities;

        Assert.Equal(EntitySections.MaxCountLines + 5, others.Count);
        Assert.Equal(EntitySections.MaxCountLines + 5, others.Facts);
        Assert.Equal(EntitySections.MaxCountLines, others.Listed.Count);
    }

    /// <summary>Two documents; in the first, a total and its parts, and a figure counted under two metrics of one group at one span.</summary>
    private static FactBuilder Table() => new FactBuilder()
        .Document("a.txt", "甲", "2024")
        .Document("b.txt", "乙", "2024")
        .Fact("b.txt", "teu", "乙港", 300m, Unit.TEU, "2023").Meaning("乙港", "集装箱吞吐量")
        .Fact("a.txt", "train_count", "甲班列共开行", 5_000m, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
        .Then().Fact("a.txt", "train_count", "西线", 2_600m, Unit.Trains, "2023", quote: "其中西线开行2600列").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
        .Then().Fact("a.txt", "train_count", "中线", 1_500m, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
        .Fact("a.txt", "cargo_tonnes", "甲港", 70m, Unit.Tonnes, "2023").Meaning("甲港", "货运量")
        .Then(-5).Fact("a.txt", "teu", "甲港", 70m, Unit.TEU, "2023").Meaning("甲港", "集装箱吞吐量")
        .Fact("a.txt", "trade_volume", "中国", 9m, Unit.CNY, "2023").Meaning("中国", "进出口总额");
}
