using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public class NameFinderAliasesTests
{
    // What a 专栏 box's paragraphs are searched for: the entity's name and every alias the catalogue gives it.
    [Fact]
    public void Gives_every_catalogued_alias_of_an_entity_and_its_name()
    {
        var aliases = MeaningCatalogs.BuiltIn.Names.Aliases("中国");

        Assert.Equal(new[] { "中国", "中國", "我国", "我國", "中方", "中华人民共和国", "中国大陆", "中國大陸", "大陆", "大陸", "内地", "內地", "China", "Chinese" }.Order(StringComparer.Ordinal), aliases.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("未收录的名称")]
    [InlineData("中國")] // an alias is not an entity's name
    public void Gives_nothing_for_a_name_the_catalogue_does_not_hold(string name) =>
        Assert.Empty(MeaningCatalogs.BuiltIn.Names.Aliases(name));

    // 中 starts dozens of aliases; the one standing at a position is still the longest there, whatever follows it.
    [Theory]
    [InlineData("中国国家开发银行提供贷款", "国家开发银行")]
    [InlineData("中国企业承建", "中国企业")]
    [InlineData("中国与中亚", "中国|中亚")]
    [InlineData("中欧班列开行", "中欧班列")]
    [InlineData("中", "")]
    [InlineData("中心", "")]
    public void Finds_the_longest_catalogued_alias_at_a_character_that_starts_many(string text, string names) =>
        Assert.Equal(names, string.Join("|", MeaningCatalogs.BuiltIn.Names.Find(text, 0, text.Length).Select(n => n.Name)));

    // A programme or project run from one place is its own series: the place in brackets stays in its name.
    [Theory]
    [InlineData("中欧班列（成渝）开行超过5000列", "中欧班列(成渝)")]
    [InlineData("中欧班列(西安)开行4000列", "中欧班列(西安)")]
    [InlineData("中欧班列（长安号）开行", "中欧班列(长安号)")]
    [InlineData("中欧班列（不含中亚班列）开行", "中欧班列|不含中亚班列")] // a scope is no place
    [InlineData("中欧班列（2024年）开行", "中欧班列")] // a year is no place
    [InlineData("中国（福建）", "中国|福建")] // a country is no programme: the province stays a name of its own
    public void Keeps_a_bracketed_place_after_a_programme_in_its_name(string text, string names) =>
        Assert.Equal(names, string.Join("|", MeaningCatalogs.BuiltIn.Names.Find(text, 0, text.Length).Select(n => n.Name)));
}
