namespace BeltRoad.Stats.Charts.Tests;

public class LabelWrapperTests
{
    // With the approximate measurer at size 10, a CJK character is exactly 10 wide.
    private static IReadOnlyList<string> Wrap(string text, double width, int maxLines = 3) =>
        LabelWrapper.Wrap(text, width, 10, ApproximateTextMeasurer.Instance, maxLines);

    [Fact]
    public void Short_label_stays_on_one_line() => Assert.Equal(["丝路基金"], Wrap("丝路基金", 100));

    [Fact]
    public void Chinese_breaks_between_any_two_characters() =>
        Assert.Equal(["中国进出口", "银行"], Wrap("中国进出口银行", 50));

    [Fact]
    public void Never_starts_a_line_with_closing_punctuation() =>
        Assert.Equal(["基金（二", "期）"], Wrap("基金（二期）", 45));

    [Fact]
    public void Never_ends_a_line_with_an_opening_bracket() =>
        Assert.Equal(["基金", "（二", "期）"], Wrap("基金（二期）", 35));

    [Fact]
    public void Closing_punctuation_stays_with_the_character_before_it()
    {
        var lines = Wrap("合作，共赢", 25);
        Assert.DoesNotContain(lines, line => line.StartsWith('，'));
        Assert.Equal("合作，共赢", string.Concat(lines));
    }

    [Fact]
    public void Never_breaks_inside_a_number_with_its_scale()
    {
        var lines = Wrap("贸易额达1.7万亿美元", 70);
        Assert.Contains(lines, line => line.Contains("1.7万亿", StringComparison.Ordinal));
    }

    [Fact]
    public void English_breaks_at_spaces() =>
        Assert.Equal(["Silk Road", "Fund"], Wrap("Silk Road Fund", 50));

    [Fact]
    public void Text_beyond_the_last_line_ends_in_an_ellipsis()
    {
        var lines = Wrap("中国—中东欧国家投资合作基金（二期）", 60, maxLines: 2);
        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(ApproximateTextMeasurer.Instance.Measure(line, 10) <= 60, line));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_by_character()
    {
        var lines = Wrap("Internationalisation", 40);
        Assert.True(lines.Count > 1);
        Assert.Equal("Internationalisation", string.Concat(lines));
    }

    [Fact]
    public void Every_line_fits_and_no_text_is_lost_when_lines_suffice()
    {
        const string label = "亚洲基础设施投资银行 Asian Infrastructure Investment Bank 2023年";
        var lines = Wrap(label, 80, maxLines: 20);
        Assert.All(lines, line => Assert.True(ApproximateTextMeasurer.Instance.Measure(line, 10) <= 80, line));
        Assert.Equal(label.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_label_gives_no_lines() => Assert.Empty(Wrap("  ", 80));

    [Fact]
    public void Balanced_wrapping_evens_out_the_lines()
    {
        var greedy = Wrap("第十六个共建国家的基础设施合作项目名称较长", 170);
        var balanced = LabelWrapper.WrapBalanced("第十六个共建国家的基础设施合作项目名称较长", 170, 10, ApproximateTextMeasurer.Instance, 3);
        Assert.Equal(["第十六个共建国家的基础设施合作项目", "名称较长"], greedy);
        Assert.Equal(["第十六个共建国家的基础", "设施合作项目名称较长"], balanced);
    }
}
