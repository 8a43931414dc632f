using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>
/// The groups are gathered in one pass over the table (<see cref="MetricRuns"/>): they must come out as the
/// definition reads, a regrouping of each group's facts, also where facts of two metrics share one span.
/// </summary>
public class MetricRunsTests
{
    [Fact]
    public void A_groups_facts_come_by_metric_priority_then_code_then_table_order()
    {
        var model = ReportModelBuilder.Build(Table().Input());

        Assert.NotEmpty(model.Groups);
        Assert.All(model.Groups, group => Assert.Equal(
            model.Facts.Where(f => f.Metric.Group == group.Info.Code)
                .GroupBy(f => f.Metric.Code.Value, StringComparer.Ordinal)
                .OrderByDescending(m => m.First().Metric.Priority).ThenBy(m => m.Key, StringComparer.Ordinal)
                .SelectMany(m => m),
            group.Facts));
    }

    [Fact]
    public void In_document_order_facts_at_one_span_keep_the_order_of_their_metrics_as_a_regrouping_gives()
    {
        var model = ReportModelBuilder.Build(Table().Input());
        var runs = MetricRuns.Of(model.Facts);

        Assert.All(model.Groups, group => Assert.Equal(
            group.Facts.GroupBy(f => f.Document.Number).OrderBy(d => d.Key).SelectMany(d => d.OrderBy(f => f.Fact.Span)),
            runs[group.Info.Code].InDocumentOrder()));
        // The table has such a tie, with the lower-priority metric first in table order.
        Assert.Contains(model.Facts, f => model.Facts.Count(g => g.Fact.Span == f.Fact.Span && g.Document == f.Document) > 1);
    }

    [Fact]
    public void Passages_read_in_document_order_are_the_passages_of_the_regrouped_facts()
    {
        var model = ReportModelBuilder.Build(Table().Input());
        var runs = MetricRuns.Of(model.Facts);

        Assert.All(model.Groups, group => Assert.Equal(
            BreakdownRule.Passages(group.Facts).Select(b => (b.Total.Index, string.Join(",", b.Parts.Select(p => p.Index)))),
            BreakdownRule.InDocumentOrder(runs[group.Info.Code].InDocumentOrder()).Select(b => (b.Total.Index, string.Join(",", b.Parts.Select(p => p.Index))))));
    }

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
