using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class ChartPlannerTests
{
    [Fact]
    public void Every_chart_of_the_sample_corpus_compares_like_with_like()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        Assert.All(model.Charts, c => Assert.Null(ChartPurity.Violation(c)));
        Assert.Contains(model.Charts, c => c.Purpose == ChartPurpose.TimeSeries);
    }

    [Fact]
    public void A_series_stated_at_several_dates_across_documents_is_one_time_series_whose_restated_point_lists_both_documents()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        var series = model.Charts.Single(c => c.Purpose == ChartPurpose.TimeSeries && c.Facts[0].Fact.Entity == "中欧班列");

        Assert.Equal(ChartKind.Line, series.Spec.Kind);
        Assert.Equal([new DateOnly(2021, 12, 31), new DateOnly(2022, 12, 31), new DateOnly(2023, 6, 30)], series.Spec.Dates);
        Assert.Equal([50_000m, 65_000m, 74_000m], series.Spec.Series.Single().Values.Select(v => v!.Value));
        Assert.Equal(["2021年12月31日", "2022年12月31日", "2023年6月30日"], series.Spec.Categories);
        Assert.Equal([PointBound.Approx, PointBound.Exact, PointBound.Lower], series.Spec.Series.Single().Marks!.Select(m => m!.Bound));
        Assert.Equal("3|1|1,2", string.Join("|", series.Series!.Points.Select(p => string.Join(",", p.Documents.Select(d => d.Number)))));
    }

    [Fact]
    public void Year_to_date_points_of_as_many_months_share_a_run_and_others_do_not()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "trade", "前三季度2022", 100m, Unit.CNY, "2022-01/2022-09").Meaning("中国", "进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade", "上半年2023", 80m, Unit.CNY, "2023-01/2023-06").Meaning("中国", "进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade", "前三季度2023", 120m, Unit.CNY, "2023-01/2023-09").Meaning("中国", "进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var series = ReportModelBuilder.Build(input).Charts.Single(c => c.Purpose == ChartPurpose.TimeSeries);

        Assert.Equal(["9", "6", "9"], series.Spec.Series.Single().Marks!.Select(m => m!.Run));
    }

    [Fact]
    public void Comparison_bars_share_indicator_unit_aggregation_nature_and_year()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "loan_or_financing", "甲贷款", 52m, Unit.USD, "2023").Meaning("甲基金", "贷款额")
            .Fact("a.txt", "loan_or_financing", "乙贷款", 31m, Unit.USD, "2023").Meaning("乙银行", "贷款额")
            .Fact("a.txt", "loan_or_financing", "甲贷款元", 80m, Unit.CNY, "2023").Meaning("甲基金", "贷款额")
            .Fact("a.txt", "loan_or_financing", "丙贷款早", 99m, Unit.USD, "2019").Meaning("丙银行", "贷款额")
            .Fact("a.txt", "loan_or_financing", "丁将提供", 500m, Unit.USD, "2023").Meaning("丁银行", "贷款额", Nature.Pledge)
            .Fact("a.txt", "loan_or_financing", "戊年度", 7m, Unit.USD, "2023").Meaning("戊银行", "贷款额", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var comparison = Assert.Single(ReportModelBuilder.Build(input).Charts, c => c.Purpose == ChartPurpose.Comparison);

        Assert.Equal(["甲基金", "乙银行"], comparison.Facts.Select(f => f.Fact.Entity));
        Assert.Null(ChartPurity.Violation(comparison));
    }

    [Fact]
    public void Two_measures_of_one_subject_both_reach_the_charts()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "contract_value", "新签合同额", 2_000m, Unit.USD, "2013/2022").Meaning("中国", "对外承包工程新签合同额")
            .Fact("a.txt", "contract_value", "完成营业额", 1_300m, Unit.USD, "2013/2022").Meaning("中国", "对外承包工程完成营业额")
            .Fact("a.txt", "contract_value", "新签合同额", 100m, Unit.USD, "2013/2022").Meaning("某企业", "对外承包工程新签合同额")
            .Fact("a.txt", "contract_value", "完成营业额", 90m, Unit.USD, "2013/2022").Meaning("某企业", "对外承包工程完成营业额")
            .Input();

        var charted = ReportModelBuilder.Build(input).Charts.Where(c => c.Purpose != ChartPurpose.Program).SelectMany(c => c.Facts).Select(f => f.Fact.Value).Order();

        Assert.Equal([90m, 100m, 1_300m, 2_000m], charted);
    }

    [Theory]
    [InlineData(ChartPurpose.Comparison, "2023", "2023", Nature.Actual, Nature.Actual, true)]
    [InlineData(ChartPurpose.Comparison, "2023", "2022", Nature.Actual, Nature.Actual, false)]
    [InlineData(ChartPurpose.Comparison, "2023", "2023", Nature.Actual, Nature.Forecast, false)]
    [InlineData(ChartPurpose.TimeSeries, "2023", "2022", Nature.Actual, Nature.Actual, true)]
    [InlineData(ChartPurpose.TimeSeries, "2023", "2022", Nature.Actual, Nature.Target, false)]
    public void The_purity_rule_of_each_purpose_rejects_what_it_must(ChartPurpose purpose, string asOfA, string asOfB, Nature natureA, Nature natureB, bool pure)
    {
        var model = ReportModelBuilder.Build(new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "甲", 1m, Unit.Trains, asOfA).Meaning("甲线", "开行列数", natureA)
            .Fact("a.txt", "train_count", "乙", 2m, Unit.Trains, asOfB).Meaning(purpose == ChartPurpose.TimeSeries ? "甲线" : "乙线", "开行列数", natureB)
            .Input());
        var chart = new PlannedChart("x", ChartSpec.Bar("x", ["a", "b"], [1m, 2m], ValueFormat.Chinese()), ModelFacts.Of(model)) { Purpose = purpose };

        Assert.Equal(pure, ChartPurity.Violation(chart) is null);
    }

    [Fact]
    public void A_group_whose_series_has_a_single_figure_gets_a_table_but_no_chart()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "teu", "某港吞吐量", 1_000_000m, Unit.TEU, "2024").Meaning("某港", "吞吐量")
            .Fact("a.txt", "count_countries", "参与国家", 30m, Unit.Countries, "2024").Meaning("某倡议", "参与国家数")
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.All(model.Groups, g => Assert.Empty(g.Charts));
        Assert.Equal(2, model.Groups.Sum(g => g.FactCount));
    }

    [Fact]
    public void The_program_charts_count_facts_per_metric_and_per_document()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        var byMetric = model.OverviewCharts.Single(c => c.FileStem == "overview-metrics").Spec;
        var byDoc = model.OverviewCharts.Single(c => c.FileStem == "overview-documents").Spec;

        Assert.All(model.OverviewCharts, c => Assert.Equal(ChartPurpose.Program, c.Purpose));
        Assert.Equal(4m, byMetric.Series[0].Values[byMetric.Categories.ToList().IndexOf("班列开行")]);
        Assert.Equal(ModelFacts.Of(model).Count, byMetric.Series[0].Values.Sum());
        Assert.Equal([12m, 6m, 1m], byDoc.Series[0].Values.Select(v => v!.Value));
    }

    [Fact]
    public void Long_chinese_labels_get_horizontal_bars_and_short_ones_vertical()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "length_km", "甲线", 142m, Unit.Km, null).Meaning("甲线", "线路长度", Nature.Actual, Aggregation.Attribute)
            .Fact("a.txt", "length_km", "乙线", 1035m, Unit.Km, null).Meaning("乙线", "线路长度", Nature.Actual, Aggregation.Attribute)
            .Fact("a.txt", "passengers", "雅", 5_000_000m, Unit.PersonTimes, "2024").Meaning("雅加达—万隆高速铁路运营公司", "旅客发送人次")
            .Fact("a.txt", "passengers", "中", 24_000_000m, Unit.PersonTimes, "2024").Meaning("中国老挝铁路有限责任公司", "旅客发送人次")
            .Input();

        var charts = ReportModelBuilder.Build(input).Charts.Where(c => c.Purpose == ChartPurpose.Comparison).ToList();

        Assert.Equal(ChartKind.HorizontalBar, charts.Single(c => c.Facts[0].Fact.Unit == Unit.PersonTimes).Spec.Kind);
        Assert.Equal(ChartKind.Bar, charts.Single(c => c.Facts[0].Fact.Unit == Unit.Km).Spec.Kind);
    }
}
