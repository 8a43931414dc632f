using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public class NameFinderAliasesTests
{
    // What a 专栏 box's paragraphs are searched for: the entity's name and every alias the catalogue gives it.
    [Fact]
    public void Gives_every_catalogued_alias_of_an_entity_and_its_name()
    {
        var aliases = NameFinder.Default.Aliases("中国");

        Assert.Equal(new[] { "中国", "中國", "我国", "我國", "中方", "中华人民共和国", "China", "Chinese" }.Order(StringComparer.Ordinal), aliases.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("未收录的名称")]
    [InlineData("中國")] // an alias is not an entity's name
    public void Gives_nothing_for_a_name_the_catalogue_does_not_hold(string name) =>
        Assert.Empty(NameFinder.Default.Aliases(name));

    // 中 starts dozens of aliases; the one standing at a position is still the longest there, whatever follows it.
    [Theory]
    [InlineData("中国国家开发银行提供贷款", "国家开发银行")]
    [InlineData("中国企业承建", "中国企业")]
    [InlineData("中国与中亚", "中国|中亚")]
    [InlineData("中欧班列开行", "中欧班列")]
    [InlineData("中", "")]
    [InlineData("中心", "")]
    public void Finds_the_longest_catalogued_alias_at_a_character_that_starts_many(string text, string names) =>
        Assert.Equal(names, string.Join("|", NameFinder.Default.Find(text, 0, text.Length).Select(n => n.Name)));
}
