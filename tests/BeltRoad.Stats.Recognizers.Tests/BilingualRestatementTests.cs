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
}
