using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class BreakdownChartTests
{
    [Fact]
    public void A_total_and_its_stated_parts_make_a_breakdown_with_the_total_first_and_the_rest_as_other()
    {
        var model = ReportModelBuilder.Build(Passage(5_000m, [2_600m, 600m, 1_500m]).Input());

        var chart = Assert.Single(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);

        Assert.Equal(ChartKind.HorizontalBar, chart.Spec.Kind);
        Assert.Equal(0, chart.Spec.ReferenceCategory);
        Assert.Equal(["合计", "西线", "东线", "中线", ChartPlanner.RemainderLabel], chart.Spec.Categories);
        Assert.Equal([5_000m, 2_600m, 1_500m, 600m, 300m], chart.Spec.Series.Single().Values.Select(v => v!.Value));
        Assert.Equal(5_000m, chart.Facts[0].Fact.Value);
        Assert.Null(ChartPurity.Violation(chart));
        Assert.All(model.Groups, g => Assert.Empty(g.UnchartedBreakdowns));
    }

    [Fact]
    public void Parts_that_sum_to_the_total_leave_no_other_bar()
    {
        var model = ReportModelBuilder.Build(Passage(4_000m, [2_600m, 1_400m]).Input());

        var chart = Assert.Single(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);

        Assert.DoesNotContain(ChartPlanner.RemainderLabel, chart.Spec.Categories);
    }

    [Fact]
    public void Parts_above_their_total_get_no_chart_and_a_data_quality_note_saying_why()
    {
        var model = ReportModelBuilder.Build(Passage(3_000m, [2_600m, 1_500m]).Input());

        Assert.DoesNotContain(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);
        var uncharted = Assert.Single(model.Groups.SelectMany(g => g.UnchartedBreakdowns));
        Assert.Contains("超过", uncharted.ReasonWords, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022", Nature.Actual, Aggregation.PeriodTotal, "开行列数")]
    [InlineData("2023", Nature.Target, Aggregation.PeriodTotal, "开行列数")]
    [InlineData("2023", Nature.Actual, Aggregation.Level, "开行列数")]
    [InlineData("2023", Nature.Actual, Aggregation.PeriodTotal, "运送货物列数")]
    public void A_part_unlike_its_total_gets_no_chart(string asOf, Nature nature, Aggregation aggregation, string indicator)
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "甲班列共开行", 5_000m, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
            .Then().Fact("a.txt", "train_count", "西线", 2_600m, Unit.Trains, asOf, quote: "其中西线开行2600列").Meaning("甲班列", indicator, nature, aggregation)
            .Then().Fact("a.txt", "train_count", "中线", 1_500m, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.DoesNotContain(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);
        Assert.Single(model.Groups.SelectMany(g => g.UnchartedBreakdowns));
    }

    [Fact]
    public void An_unlike_figure_after_the_parts_ends_the_enumeration()
    {
        var input = Passage(5_000m, [2_600m, 1_500m])
            .Then().Fact("a.txt", "train_count", "甲班列累计开行", 21_000m, Unit.Trains, "2023-12-31").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.Level)
            .Input();

        var chart = Assert.Single(ReportModelBuilder.Build(input).Charts, c => c.Purpose == ChartPurpose.Breakdown);

        Assert.Equal([5_000m, 2_600m, 1_500m, 900m], chart.Spec.Series.Single().Values.Select(v => v!.Value));
    }

    [Fact]
    public void An_undated_total_and_its_subset_share_the_passages_time_and_the_subset_label_names_the_part()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "count_countries", "海外文化中心", 46m, Unit.Items, null).Meaning("中国", "海外文化中心数")
            .Then().Fact("a.txt", "count_countries", "共建国家", 32m, Unit.Items, null, quote: "其中共建国家32家").Meaning("中国", "共建国家海外文化中心数")
            .Input();

        var chart = Assert.Single(ReportModelBuilder.Build(input).Charts, c => c.Purpose == ChartPurpose.Breakdown);

        Assert.Equal(["合计", "共建国家", ChartPlanner.RemainderLabel], chart.Spec.Categories);
        Assert.Equal([46m, 32m, 14m], chart.Spec.Series.Single().Values.Select(v => v!.Value));
    }

    [Fact]
    public void A_later_figure_of_a_clause_opened_by_a_subset_word_opens_no_passage_of_its_own()
    {
        const string Clause = "其中包括72个共建国家的326个文化机构";
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "count_countries", "成员单位", 562m, Unit.Organizations, null).Meaning("某联盟", "成员数")
            .Then().Fact("a.txt", "count_countries", "共建国家", 72m, Unit.Countries, null, quote: Clause).Meaning("某联盟", "共建国家数")
            .Then().Fact("a.txt", "count_countries", "文化机构", 326m, Unit.Organizations, null, quote: Clause).Meaning("某联盟", "文化机构数")
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.DoesNotContain(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);
        Assert.Equal(562m, Assert.Single(model.Groups.SelectMany(g => g.UnchartedBreakdowns)).Total.Fact.Value);
    }

    [Fact]
    public void Figures_listed_without_a_subset_word_are_no_breakdown()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "西线", 2_600m, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
            .Then().Fact("a.txt", "train_count", "中线", 1_500m, Unit.Trains, "2023", quote: "中线开行1500列").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.DoesNotContain(model.Charts, c => c.Purpose == ChartPurpose.Breakdown);
        Assert.All(model.Groups, g => Assert.Empty(g.UnchartedBreakdowns));
    }

    [Theory]
    [InlineData(2_600, true)]
    [InlineData(6_000, false)]
    public void The_breakdown_purity_rule_rejects_parts_above_the_total(int part, bool pure)
    {
        var model = ReportModelBuilder.Build(Passage(5_000m, [part]).Input());
        var chart = new PlannedChart("x", ChartSpec.Bar("x", ["a", "b"], [1m, 2m], ValueFormat.Chinese()), ModelFacts.Of(model)) { Purpose = ChartPurpose.Breakdown };

        Assert.Equal(pure, ChartPurity.Violation(chart) is null);
    }

    /// <summary>「甲班列共开行{total}列，其中西线开行…列，中线…，东线…」.</summary>
    private static FactBuilder Passage(decimal total, decimal[] parts)
    {
        string[] routes = ["西线", "中线", "东线"];
        var builder = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "甲班列共开行", total, Unit.Trains, "2023").Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal);
        for (var i = 0; i < parts.Length; i++)
        {
            builder.Then().Fact("a.txt", "train_count", routes[i], parts[i], Unit.Trains, "2023", quote: (i == 0 ? "其中" : "") + routes[i] + "开行")
                .Meaning("甲班列", "开行列数", Nature.Actual, Aggregation.PeriodTotal);
        }

        return builder;
    }
}
