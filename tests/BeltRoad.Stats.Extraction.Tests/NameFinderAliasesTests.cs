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
}
