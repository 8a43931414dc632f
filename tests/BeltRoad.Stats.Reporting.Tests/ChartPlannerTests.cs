using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class ChartPlannerTests
{
    [Fact]
    public void Money_gets_one_chart_per_currency_and_no_chart_mixes_currencies()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        var finance = model.Groups.Single(g => g.Info.Code == "finance").Charts.Where(c => c.Spec.Dates is null).ToList();

        Assert.Equal(["finance-cny", "finance-usd"], finance.Select(c => c.FileStem).Order(StringComparer.Ordinal));
        Assert.All(model.Charts.Where(c => c.Facts.Count > 0 && !c.FileStem.StartsWith("overview", StringComparison.Ordinal)),
            c => Assert.Single(c.Facts.Select(f => f.Fact.Unit).Distinct()));
        var cny = finance.Single(c => c.FileStem == "finance-cny").Spec;
        Assert.Equal("元", cny.Format.Unit);
        Assert.Equal([350_000_000_000m, 350_000_000_000m, 80_000_000_000m], cny.Series.Single().Values.Select(v => v!.Value));
    }

    [Fact]
    public void A_subject_stated_at_two_or_more_dates_gets_a_time_series_in_date_order()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        var series = model.Groups.Single(g => g.Info.Code == "transport").Charts.Single(c => c.Spec.Dates is not null);

        Assert.Equal(ChartKind.Line, series.Spec.Kind);
        Assert.Equal([new DateOnly(2021, 12, 31), new DateOnly(2022, 12, 31), new DateOnly(2023, 6, 30)], series.Spec.Dates);
        Assert.Equal([50_000m, 65_000m, 74_000m], series.Spec.Series.Single().Values.Select(v => v!.Value));
    }

    [Fact]
    public void A_group_whose_unit_has_a_single_figure_gets_a_table_but_no_chart()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "teu", "某港吞吐量", 1_000_000m, Unit.TEU, "2024")
            .Fact("a.txt", "count_countries", "参与国家", 30m, Unit.Countries, "2024")
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.All(model.Groups, g => Assert.Empty(g.Charts));
        Assert.Equal(2, model.Groups.Sum(g => g.Facts.Count));
    }

    [Fact]
    public void The_overview_counts_facts_per_metric_and_per_document()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        var byMetric = model.OverviewCharts.Single(c => c.FileStem == "overview-metrics").Spec;
        var byDoc = model.OverviewCharts.Single(c => c.FileStem == "overview-documents").Spec;

        Assert.Equal(4m, byMetric.Series[0].Values[byMetric.Categories.ToList().IndexOf("班列开行")]);
        Assert.Equal(model.Facts.Count, byMetric.Series[0].Values.Sum());
        Assert.Equal([12m, 6m, 1m], byDoc.Series[0].Values.Select(v => v!.Value));
    }

    [Fact]
    public void Long_chinese_labels_get_horizontal_bars_and_short_ones_vertical()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "length_km", "甲线", 142m, Unit.Km, "2024")
            .Fact("a.txt", "length_km", "乙线", 1035m, Unit.Km, "2024")
            .Fact("a.txt", "passengers", "雅万高铁开通一年来累计发送旅客", 5_000_000m, Unit.PersonTimes, "2024")
            .Fact("a.txt", "passengers", "中老铁路开通两年来累计发送旅客", 24_000_000m, Unit.PersonTimes, "2024")
            .Input();

        var charts = ReportModelBuilder.Build(input).Groups.Single().Charts;

        Assert.Equal(ChartKind.HorizontalBar, charts.Single(c => c.FileStem == "transport-person-times").Spec.Kind);
        Assert.Equal(ChartKind.Bar, charts.Single(c => c.FileStem == "transport-km").Spec.Kind);
    }
}
