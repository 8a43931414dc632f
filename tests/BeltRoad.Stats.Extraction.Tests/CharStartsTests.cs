using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Tests;

public class CharStartsTests
{
    // A few characters (searched vectorised), only ASCII ones (vectorised too) and many Han ones (a table): the same answers.
    [Theory]
    [InlineData("港路")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("港路银行中国世界亚欧非A")]
    // Neighbours of the text's characters (中 is U+4E2D): 乭 shares its bit in the next word, 丬 stands beside it in the same one.
    [InlineData("乭丬丮亭亮亯亰亱亲A")]
    public void Finds_the_next_start_in_a_range_like_a_plain_search(string starts)
    {
        const string text = "中欧班列经过阿拉山口口岸，世界银行 World Bank 与亚洲基础设施投资银行在港口与铁路上合作。";
        var table = new CharStarts(starts);

        for (var from = 0; from <= text.Length; from++)
        {
            for (var end = from; end <= text.Length; end += 7)
            {
                var expected = text.AsSpan(from, end - from).IndexOfAny(starts);
                Assert.Equal(expected < 0 ? -1 : from + expected, table.Next(text, from, end));
            }
        }
    }
}
