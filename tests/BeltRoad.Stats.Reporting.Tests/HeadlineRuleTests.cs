using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Planning;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class HeadlineRuleTests
{
    [Fact]
    public void Cards_follow_the_catalogue_order_each_the_newest_actual_value_of_its_series()
    {
        var headlines = ReportModelBuilder.Build(SampleTables.Corpus().Input()).Headlines;

        Assert.Equal(
            ["一带一路 · 签署合作文件的国家数", "中国 · 进出口总额", "中欧班列 · 开行列数", "中国 · 双向投资", "一带一路 · 合作文件数", "丝路基金 · 承诺投资额"],
            headlines.Select(h => h.EntityIndicator));
        Assert.Equal(74_000m, headlines[2].Fact.Value);
        Assert.Equal("2023-06-30", headlines[2].Fact.AsOf!.ToString());
    }

    [Theory]
    [InlineData("2024-01/2024-06", "减少1000亿元，下降10%")]
    [InlineData("2024-01/2024-03", "：年初至今的月数不同，不计算差额")]
    public void A_card_compares_totals_since_january_only_over_as_many_months(string earlier, string change)
    {
        // 1—3月 after 1—6月 of the year before are one series (months 1–N), but 9000 against 10000 is no fall.
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2025")
            .Fact("a.txt", "trade_volume", "进出口", 10_000m * 100_000_000m, Unit.CNY, earlier).Meaning("中国", "与共建国家进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade_volume", "进出口", 9_000m * 100_000_000m, Unit.CNY, "2025-01/2025-06").Meaning("中国", "与共建国家进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var card = Assert.Single(ReportModelBuilder.Build(input).Headlines);

        Assert.EndsWith(change, card.Change, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_709.7, "2023", "：两数相差十倍以上，口径可能不同，不计算差额")] // another measure under the same words
    [InlineData(1_709.7, "2019", "增长")] // a decade's growth may be tenfold
    [InlineData(41_760, "2023", "增加2088亿元，增长5%")]
    public void A_card_prints_no_change_between_figures_ten_times_apart_within_two_years(decimal earlierYi, string earlierYear, string change)
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2025")
            .Fact("a.txt", "trade_volume", "进出口", earlierYi * 100_000_000m, Unit.CNY, earlierYear).Meaning("中国", "进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade_volume", "进出口", 43_848m * 100_000_000m, Unit.CNY, "2024").Meaning("中国", "进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var card = Assert.Single(ReportModelBuilder.Build(input).Headlines);

        Assert.Contains(change, card.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_since_january_is_compared_with_the_newest_earlier_one_over_as_many_months()
    {
        // 1—9月 2025 after 1—7月 2025 and 1—9月 2024: the change is the year's, the shorter total is passed over.
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2025")
            .Fact("a.txt", "trade_volume", "进出口", 8_000m * 100_000_000m, Unit.CNY, "2024-01/2024-09").Meaning("中国", "与共建国家进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade_volume", "进出口", 7_000m * 100_000_000m, Unit.CNY, "2025-01/2025-07").Meaning("中国", "与共建国家进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Fact("a.txt", "trade_volume", "进出口", 9_000m * 100_000_000m, Unit.CNY, "2025-01/2025-09").Meaning("中国", "与共建国家进出口总额", Nature.Actual, Aggregation.PeriodTotal)
            .Input();

        var card = Assert.Single(ReportModelBuilder.Build(input).Headlines);

        Assert.StartsWith("较2024年1—9月", card.Change, StringComparison.Ordinal);
        Assert.EndsWith("增加1000亿元，增长12.5%", card.Change, StringComparison.Ordinal);
    }

    [Fact]
    public void No_card_is_a_pledge_target_forecast_or_estimate_and_those_make_the_outlook()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "预计开行", 90_000m, Unit.Trains, "2028").Meaning("中欧班列", "开行列数", Nature.Forecast)
            .Fact("a.txt", "train_count", "累计开行", 74_000m, Unit.Trains, "2023-06-30").Meaning("中欧班列", "开行列数")
            .Fact("a.txt", "investment", "将提供", 1_000m, Unit.USD, "2024").Meaning("丝路基金", "承诺投资额", Nature.Pledge)
            .Input();

        var model = ReportModelBuilder.Build(input);

        Assert.All(model.Headlines, h => Assert.Equal(Nature.Actual, h.Fact.Nature));
        Assert.Equal([Nature.Pledge, Nature.Forecast], model.Outlook.Shown.Select(f => f.Fact.Nature));
        Assert.Equal(74_000m, model.Headlines[0].Fact.Value);
    }

    [Fact]
    public void Within_a_nature_the_outlook_puts_catalogued_series_first_narrowed_as_the_catalogue_narrows_them()
    {
        // 丝路基金 · 承诺投资额 is catalogued whatever its aggregation; 中欧班列 · 开行列数 as a level or a period's total, not as a yearly average.
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024")
            .Fact("a.txt", "train_count", "计划年均开行", 20_000m, Unit.Trains, "2025").Meaning("中欧班列", "开行列数", Nature.Target, Aggregation.PerYear)
            .Fact("a.txt", "investment", "将再提供", 800m, Unit.USD, "2025").Meaning("某银行", "承诺投资额", Nature.Pledge)
            .Fact("a.txt", "train_count", "力争累计开行", 100_000m, Unit.Trains, "2026").Meaning("中欧班列", "开行列数", Nature.Target, Aggregation.Level)
            .Fact("a.txt", "investment", "将提供", 1_000m, Unit.USD, "2025").Meaning("丝路基金", "承诺投资额", Nature.Pledge)
            .Input();

        var outlook = ReportModelBuilder.Build(input).Outlook;

        Assert.Equal([100_000m, 20_000m, 1_000m, 800m], outlook.Shown.Select(f => f.Fact.Value));
    }

    [Fact]
    public void The_outlook_keeps_only_the_rows_the_digest_lists_and_counts_every_nature()
    {
        var builder = new FactBuilder().Document("a.txt", "甲", "2024");
        for (var i = 0; i < HeadlineRule.OutlookRows + 7; i++)
        {
            builder.Fact("a.txt", "investment", "将提供", 100m + i, Unit.USD, "2030").Meaning("某基金" + i, "承诺投资额", i % 3 == 0 ? Nature.Forecast : Nature.Pledge);
        }

        var outlook = ReportModelBuilder.Build(builder.Input()).Outlook;

        Assert.Equal(HeadlineRule.OutlookRows + 7, outlook.Count);
        Assert.Equal(HeadlineRule.OutlookRows, outlook.Shown.Count);
        Assert.Equal([(Nature.Pledge, 24), (Nature.Forecast, 13)], outlook.ByNature);
        // By nature first (every pledge before the first forecast), each nature in the table's order.
        var all = Enumerable.Range(0, HeadlineRule.OutlookRows + 7).ToList();
        Assert.Equal(all.Where(i => i % 3 != 0).Concat(all.Where(i => i % 3 == 0)).Take(HeadlineRule.OutlookRows), outlook.Shown.Select(f => (int)(f.Fact.Value - 100m)));
    }

    [Fact]
    public void Entity_tables_list_actual_figures_only_and_an_entity_with_none_gets_no_section()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        Assert.All(model.Entities, e => Assert.All(e.Shown, f => Assert.Equal(Nature.Actual, f.Fact.Nature)));
        Assert.DoesNotContain("国家开发银行", model.Entities.Select(e => e.Name));
        Assert.Equal(5, model.Entities.Single(e => e.Name == "中欧班列").Shown.Count);
    }

    [Fact]
    public void Among_points_of_one_series_a_newer_as_of_wins_then_the_corroborated_one()
    {
        var input = new FactBuilder()
            .Document("a.txt", "甲", "2024").Document("b.txt", "乙", "2024")
            .Fact("a.txt", "train_count", "开行", 500m, Unit.Trains, "2020").Meaning("中欧班列", "开行列数")
            .Fact("a.txt", "train_count", "开行", 900m, Unit.Trains, "2024").Meaning("中欧班列", "开行列数")
            .Fact("a.txt", "train_count", "开行b", 800m, Unit.Trains, "2024").Meaning("中欧班列", "开行列数")
            .Fact("b.txt", "train_count", "开行b", 800m, Unit.Trains, "2024").Meaning("中欧班列", "开行列数")
            .Finding(FindingKind.Corroborated, "train_count", "开行b")
            .Input();

        var headline = Assert.Single(ReportModelBuilder.Build(input).Headlines, h => h.Fact.Entity == "中欧班列");

        Assert.Equal(800m, headline.Fact.Value);
    }

    [Fact]
    public void Without_catalogued_series_the_series_most_documents_state_fill_the_cards()
    {
        var input = SampleTables.OtherDocuments().Input(new DateOnly(2024, 2, 1));

        var headlines = ReportModelBuilder.Build(input).Headlines;

        Assert.Equal(HeadlineRule.MinCards, headlines.Count);
        Assert.All(headlines, h => Assert.Equal(Nature.Actual, h.Fact.Nature));
        Assert.Equal(headlines.Count, headlines.Select(h => h.Fact.Series).Distinct().Count());
    }

    [Fact]
    public void A_users_catalogue_comes_first_or_alone_and_a_malformed_one_is_refused_by_name()
    {
        var overlay = HeadlineCatalog.WithOverlay("""{ "series": [ { "entity": "中老铁路", "indicator": "旅客发送人次", "unit": "person_times" } ] }""", "mine.json");
        var alone = HeadlineCatalog.WithOverlay("""{ "replace": true, "series": [ { "entity": "甲", "indicator": "乙", "aggregation": "per_year" } ] }""", "mine.json");

        Assert.Equal("中老铁路 · 旅客发送人次", overlay.Series[0].Label);
        Assert.Equal(HeadlineCatalog.Default.Series.Count + 1, overlay.Series.Count);
        Assert.Equal(Aggregation.PerYear, Assert.Single(alone.Series).Aggregation);
        var error = Assert.Throws<FormatException>(() => HeadlineCatalog.WithOverlay("""{ "series": [ { "entity": "甲", "indicator": "乙", "unit": "furlongs" } ] }""", "bad.json"));
        Assert.StartsWith("bad.json: not a headline catalogue", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => HeadlineCatalog.WithOverlay("""{ "series": [ { "entity": "" , "indicator": "乙" } ] }""", "bad.json"));
    }

    [Fact]
    public void The_rule_text_names_no_metric_priority_and_the_coverage_counts_catalogued_and_filled_cards()
    {
        var headlines = ReportModelBuilder.Build(SampleTables.OtherDocuments().Input(new DateOnly(2024, 2, 1))).Headlines;

        Assert.DoesNotContain("priority", HeadlineRule.Description, StringComparison.Ordinal);
        Assert.Equal(
            $"目录共 {HeadlineCatalog.Default.Series.Count} 个系列，本次文件中有实际数据的 0 个，另以文件中出现最多的系列补足 4 个。",
            HeadlineRule.Coverage(headlines, HeadlineCatalog.Default));
    }
}
