using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class HeadlineRuleTests
{
    [Fact]
    public void Higher_metric_priority_comes_first_and_no_metric_takes_more_than_two_places()
    {
        var headlines = ReportModelBuilder.Build(SampleTables.Corpus().Input()).Headlines;

        Assert.Equal("trade_volume", headlines[0].Metric.Code.Value);
        Assert.True(headlines.Select(h => h.Metric.Priority).SequenceEqual(headlines.Select(h => h.Metric.Priority).OrderDescending()));
        Assert.All(headlines.GroupBy(h => h.Metric.Code), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void Within_a_metric_corroborated_beats_single_source_and_newer_beats_older()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024").Document("b.txt", "乙", "2024")
            .Fact("a.txt", "train_count", "甲线开行", 900m, Unit.Trains, "2024")
            .Fact("a.txt", "train_count", "乙线开行", 500m, Unit.Trains, "2020")
            .Fact("b.txt", "train_count", "乙线开行", 500m, Unit.Trains, "2020")
            .Fact("a.txt", "train_count", "丙线开行", 800m, Unit.Trains, "2023")
            .Fact("a.txt", "train_count", "丁线开行", 700m, Unit.Trains, null)
            .Finding(FindingKind.Corroborated, "train_count", "乙线开行")
            .Input(new DateOnly(2024, 6, 1));

        var headlines = ReportModelBuilder.Build(input).Headlines;

        Assert.Equal(["乙线开行", "甲线开行"], headlines.Select(h => h.Fact.Subject));
    }

    [Fact]
    public void A_conflicting_figure_ranks_below_an_uncontested_one()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024").Document("b.txt", "乙", "2024")
            .Fact("a.txt", "count_countries", "参与国家", 150m, Unit.Countries, "2024")
            .Fact("b.txt", "count_countries", "参与国家", 152m, Unit.Countries, "2024")
            .Fact("a.txt", "count_countries", "签约国家", 30m, Unit.Countries, "2022")
            .Finding(FindingKind.Conflict, "count_countries", "参与国家")
            .Input();

        var headlines = ReportModelBuilder.Build(input).Headlines;

        Assert.Equal("签约国家", headlines[0].Fact.Subject);
    }

    [Fact]
    public void A_projection_beyond_the_data_date_ranks_after_dated_figures_and_a_total_before_a_daily_rate()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2023")
            .Fact("a.txt", "train_count", "预计开行", 90_000m, Unit.Trains, "2024/2028")
            .Fact("a.txt", "train_count", "日均开行", 17m, Unit.Trains, "2023-08-31")
            .Fact("a.txt", "train_count", "累计开行", 74_000m, Unit.Trains, "2023-06-30")
            .Input(new DateOnly(2023, 10, 18));

        var headlines = ReportModelBuilder.Build(input).Headlines;

        Assert.Equal(["累计开行", "日均开行"], headlines.Select(h => h.Fact.Subject));
    }
}
