namespace BeltRoad.Stats.Recognizers.Tests;

public class HanScriptTests
{
    [Theory]
    [InlineData("中欧班列累计开行1万列。", "中欧班列累计开行1万列。")]
    [InlineData("中歐班列累計開行1萬列。", "中欧班列累计开行1万列。")]
    [InlineData("開行", "开行")] // folded from the first character on
    [InlineData("中欧班列開行", "中欧班列开行")] // folded from the last
    [InlineData("", "")]
    public void Folds_traditional_characters_one_for_one(string text, string simplified)
    {
        Assert.Equal(simplified, HanScript.ToSimplified(text));
    }

    [Fact]
    public void A_text_with_nothing_to_fold_is_the_same_string_not_a_copy()
    {
        var text = string.Concat("共建“一带一路”", "倡议提出10年来。");
        Assert.Same(text, HanScript.ToSimplified(text));
    }
}
