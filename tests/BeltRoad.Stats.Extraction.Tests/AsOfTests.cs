namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>A date governs the figures after it in the same sentence, and nothing else.</summary>
public class AsOfTests
{
    [Theory]
    [InlineData("截至2023年6月底，中欧班列累计开行7.4万列。", 74000, "2023-06-30")]
    [InlineData("截至2023年8月31日，蒙内铁路累计发送旅客1100万人次。", 11000000, "2023-08-31")]
    [InlineData("截至2022年底，中国进出口银行贷款余额达2.2万亿元。", 2200000000000, "2022-12-31")]
    [InlineData("2020年11月，60余家中方企业共同发起倡议。", 60, "2020-11")]
    [InlineData("2013—2022年，中国与共建国家进出口总额累计19.1万亿美元。", 19100000000000, "2013/2022")]
    [InlineData("2022年，中国与共建国家进出口总额近2.9万亿美元。", 2900000000000, "2022")]
    [InlineData("到2030年为伙伴国开展10万人次培训。", 100000, "2030")]
    [InlineData("截至2023年6月底，丝路基金累计签约投资项目75个；承诺投资金额约220.4亿美元。", 22040000000, "2023-06-30")]
    public void A_stated_date_dates_the_figures_after_it(string sentence, decimal value, string asOf) =>
        Assert.Equal(asOf, Documents.Single(sentence, value).AsOf?.ToString());

    [Fact]
    public void A_date_is_not_applied_backwards_nor_carried_into_the_next_sentence()
    {
        var facts = Documents.Facts("中欧班列通达欧洲25个国家的200多个城市；截至2023年6月底，累计开行7.4万列。此后又新增30个项目。");
        Assert.Null(facts.Single(f => f.Value == 25).AsOf);
        Assert.Equal("2023-06-30", facts.Single(f => f.Value == 74000).AsOf?.ToString());
        Assert.Null(facts.Single(f => f.Value == 30).AsOf);
    }

    [Fact]
    public void Open_spans_and_durations_date_nothing()
    {
        Assert.Null(Documents.Single("10年来，中国与30多个国家签署合作文件。", 30).AsOf);
        Assert.Null(Documents.Single("2013年以来，中国与40多个国家签署了产能合作文件。", 40).AsOf);
    }

    [Fact]
    public void A_baseline_year_makes_a_change_span_from_the_baseline_to_the_stated_date()
    {
        var fact = Documents.Single("2022年，东南亚跨境直接投资流入额占全球比重达到17.2%，较2013年上升了9个百分点。", 9);
        Assert.Equal("2013/2022", fact.AsOf?.ToString());
        Assert.Equal("2022", Documents.Single("2022年，东南亚跨境直接投资流入额占全球比重达到17.2%，较2013年上升了9个百分点。", 17.2m).AsOf?.ToString());
    }

    [Fact]
    public void A_calendar_period_relative_to_the_document_date_is_resolved_against_it()
    {
        var fact = Documents.Single("今年上半年，中欧班列累计开行1万列。", 10000, Domain.PeriodPoint.OfDay(2024, 7, 10));
        Assert.Equal("2024-01/2024-06", fact.AsOf?.ToString());
    }

    [Fact]
    public void An_english_date_after_the_figure_dates_it()
    {
        var fact = Documents.Single("Trade between China and partner countries reached US$2.9 trillion in 2022.", 2900000000000);
        Assert.Equal("2022", fact.AsOf?.ToString());
    }

    [Fact]
    public void In_english_a_date_in_the_figures_clause_beats_the_dateline_and_from_a_year_is_a_baseline()
    {
        var facts = Documents.Facts("BEIJING, July 11, 2024 -- The service made 10,000 train trips in the first half of 2024. Trade reached US$2.9 trillion in 2022, up 6.2 percentage points from 2013.");
        Assert.Equal("2024-01/2024-06", facts.Single(f => f.Value == 10000).AsOf?.ToString());
        Assert.Equal("2013/2022", facts.Single(f => f.Value == 6.2m).AsOf?.ToString());
    }
}
