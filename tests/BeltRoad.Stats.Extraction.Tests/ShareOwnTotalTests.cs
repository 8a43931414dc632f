using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public sealed class ShareOwnTotalTests
{
    private static bool IsOwnTotal(string whole, string measured) =>
        ShareWholes.IsOwnTotal(whole, measured, MeaningCatalogs.BuiltIn.Labels.Wholes, MeaningCatalogs.BuiltIn.Metrics.Words);

    [Theory]
    [InlineData("中欧贸易总额", "中欧班列运输货值")]
    [InlineData("中欧贸易总额", "货值")]
    public void A_total_of_another_measure_is_not_the_parts_own_total(string whole, string measured) =>
        Assert.False(IsOwnTotal(whole, measured));

    [Theory]
    [InlineData("同期派出总数", "派出劳务人员数")]
    [InlineData("同期派出总数", "")]
    [InlineData("同期对外直接投资总额", "对东盟非金融类直接投资")]
    [InlineData("同期我国非金融类对外直接投资", "对东盟非金融类直接投资")]
    [InlineData("同期总额", "对外承包工程新签合同额")]
    [InlineData("同年香港商品贸易总值", "进出口总额")]
    [InlineData("内地与葡语国家贸易总额", "与巴西进出口总额")]
    public void A_total_of_the_parts_own_measure_is_its_own_total(string whole, string measured) =>
        Assert.True(IsOwnTotal(whole, measured));
}
