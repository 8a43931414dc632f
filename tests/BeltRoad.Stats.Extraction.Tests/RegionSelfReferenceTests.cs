using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public class RegionSelfReferenceTests
{
    // 「全市」「我省」, "the province": a page speaking of its own region; the same characters inside another word do not.
    [Theory]
    [InlineData("今年前三季度，全市新签合同额", true)]
    [InlineData("共建国家企业在我省新设企业", true)]
    [InlineData("the province's exports to partner countries", true)]
    [InlineData("今年以来，资本市场融资额", false)] // 本市 inside 资本市场
    [InlineData("对日本市场出口额", false)] // 本市 inside 日本市场
    [InlineData("全市场交易规模", false)] // 全市 inside 全市场
    [InlineData("安全区建设投资", false)] // 全区 inside 安全区
    [InlineData("对澳大利亚出口", false)] // 全澳 is not in it, 澳大利亚 blocks nothing it need not
    [InlineData("资本市场方面，本市上市企业", true)] // a blocked occurrence does not hide a later one of the same word
    public void A_self_reference_is_a_word_of_its_own(string text, bool refers) =>
        Assert.Equal(refers, MeaningCatalogs.BuiltIn.Names.RefersToOwnRegion(text));

    // The region a line names: a province, or a catalogued place written as an administration (重庆市); 市 opening 市场 is none.
    [Theory]
    [InlineData("对外投资合作稳步推进-重庆市商务委员会", "重庆")]
    [InlineData("义乌市商务局发布", "义乌")]
    [InlineData("义乌市场采购贸易出口增长", null)]
    public void A_place_before_an_administration_suffix_names_the_region_unless_the_suffix_opens_a_word(string line, string? region)
    {
        var names = MeaningCatalogs.BuiltIn.Names;
        Assert.Equal(region, names.RegionNamed(names.Find(line, 0, line.Length), line));
    }

    // A paper's or portal's home region (its publisher, from the page's metadata) is not every item's: a line before the
    // first figure that names a region outranks it; alone, it is the page's.
    [Theory]
    [InlineData("海关总署广东分署公布前三季度外贸数据", "广东")]
    [InlineData("本报讯 记者从有关部门获悉", "浙江")]
    public void The_publishers_region_yields_to_one_a_line_before_the_first_figure_names(string line, string region)
    {
        var finder = MeaningCatalogs.BuiltIn.Names;
        var names = new DocumentNames(finder, "外贸运行情况", publisher: "浙江日报");
        names.Lead(finder.Find(line, 0, line.Length), line);
        Assert.Equal(region, names.SelfRegion);
    }
}
