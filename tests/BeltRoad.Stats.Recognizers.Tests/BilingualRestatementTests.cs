namespace BeltRoad.Stats.Recognizers.Tests;

public class BilingualRestatementTests
{
    private const string Page =
        "2023年，汉班托塔港完成滚装车辆作业70.6万辆，同比增长26.5%。\n"
        + "In 2023, the port handled 706,000 RORO vehicle units, up 26.5% year on year, from 312 vessel calls.";

    [Fact]
    public void An_english_line_figure_restates_the_chinese_figure_of_the_same_value_before_it()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(Page);

        var units = Assert.Single(mentions, m => m.Value == 706000m && m.Start > Page.IndexOf('\n'));
        var percent = Assert.Single(mentions, m => m.Value == 26.5m && m.Start > Page.IndexOf('\n'));
        Assert.Equal(Page.IndexOf("70.6万辆", StringComparison.Ordinal), units.Restates);
        Assert.Equal(Page.IndexOf("26.5%", StringComparison.Ordinal), percent.Restates);
    }

    [Fact]
    public void A_figure_said_only_in_english_and_every_chinese_figure_restate_nothing()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(Page);

        Assert.Null(Assert.Single(mentions, m => m.Value == 312m).Restates);
        Assert.All(mentions.Where(m => m.Start < Page.IndexOf('\n')), m => Assert.Null(m.Restates));
    }

    [Fact]
    public void A_chinese_figure_is_restated_once_by_the_nearest_english_one()
    {
        const string text = "增长10%。\nExports rose 10% and imports rose 10% in the same months of the year.";
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(text);

        Assert.Equal(1, mentions.Count(m => m.Restates is not null));
    }

    [Fact]
    public void An_english_text_restates_nothing()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.En).Recognize("Trade rose 10% to US$10 billion; exports rose 10% too.");

        Assert.All(mentions, m => Assert.Null(m.Restates));
    }

    // A page that puts the English first: the Chinese paragraph right after a block of English ones translates it.
    private const string EnglishFirst =
        "港口年报\n\n"
        + "The terminal handled 1.25 million containers last year, and its staff grew by 8.4 percent.\n\n"
        + "该码头去年完成集装箱作业125万个，员工人数增长8.4%。\n\n"
        + "The second berth opened in spring with 3 new cranes.\n\n"
        + "二号泊位春季启用，新增岸桥3台，另有8.4%的作业量转至夜班。";

    [Fact]
    public void A_chinese_figure_right_after_english_lines_restates_the_english_figure_of_the_same_value()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(EnglishFirst);

        var second = EnglishFirst.IndexOf("该码头", StringComparison.Ordinal);
        Assert.Equal(EnglishFirst.IndexOf("1.25 million", StringComparison.Ordinal), Assert.Single(mentions, m => m.Value == 1250000m && m.Start > second).Restates);
        Assert.Equal(EnglishFirst.IndexOf("8.4 percent", StringComparison.Ordinal), Assert.Single(mentions, m => m.Value == 8.4m && m.Start > second && m.Start < EnglishFirst.IndexOf("The second", StringComparison.Ordinal)).Restates);
        Assert.NotNull(Assert.Single(mentions, m => m.Value == 3m && m.Start > EnglishFirst.IndexOf("二号", StringComparison.Ordinal)).Restates);
    }

    [Fact]
    public void A_chinese_figure_translates_only_the_english_block_right_before_it_and_each_english_figure_once()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(EnglishFirst);

        // The last paragraph's 8.4% is not in the English line before it: a figure of its own.
        Assert.Null(Assert.Single(mentions, m => m.Value == 8.4m && m.Start > EnglishFirst.IndexOf("二号", StringComparison.Ordinal)).Restates);
    }

    [Fact]
    public void A_chinese_paragraph_after_the_translation_of_the_one_before_it_restates_nothing()
    {
        // Chinese first: the English line translates the Chinese before it, and the next Chinese paragraph is new.
        const string text = "去年港口吞吐量增长5%。\nThe port's throughput grew by 5% last year, its annual report said.\n今年一季度吞吐量又增长5%。";
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(text);

        Assert.Null(Assert.Single(mentions, m => m.Value == 5m && m.Start > text.LastIndexOf('\n')).Restates);
    }

    [Fact]
    public void A_translation_keeps_the_dimension_of_the_figure()
    {
        const string text = "Exports rose 12 percent in the year to the end of March, the ministry said.\n出口企业共12家。";
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(text);

        Assert.All(mentions, m => Assert.Null(m.Restates));
    }

    [Fact]
    public void A_chinese_figure_past_the_paragraph_after_the_english_block_restates_nothing()
    {
        const string text = "The terminal handled 1.25 million containers last year and installed 3 new cranes, its report said.\n\n"
            + "该码头去年完成集装箱作业125万个。\n\n"
            + "另据统计，周边园区今年新落户企业3家。";
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(text);

        var third = text.IndexOf("另据", StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(mentions, m => m.Value == 1250000m && m.Start > text.IndexOf("该码头", StringComparison.Ordinal) && m.Start < third).Restates);
        Assert.Null(Assert.Single(mentions, m => m.Value == 3m && m.Start > third).Restates);
    }
}
