using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Tests;

public class WordListTests
{
    // Rules look a few characters before or after a figure; at the text's start or end that window reaches past it and
    // covers what it overlaps (it threw ArgumentOutOfRange before).
    [Theory]
    [InlineData(-3, 8, new[] { 0 })]
    [InlineData(4, 40, new[] { 7 })]
    [InlineData(-5, 99, new[] { 0, 7 })]
    [InlineData(-9, -1, new int[0])]
    [InlineData(50, 60, new int[0])]
    public void A_window_past_the_texts_ends_covers_the_text_it_overlaps(int start, int end, int[] expected)
    {
        const string text = "同比增长5%，同比下降";
        var words = new WordList(["同比"]);

        Assert.Equal(expected, words.Find(text, start, end).Select(m => m.Start));
        Assert.Equal(expected.Length > 0, words.Any(text, start, end));
        Assert.Equal(expected.Length > 0 ? expected[^1] : -1, words.Last(text, start, end));
        Assert.Null(words.At(text, -1, 5));
        Assert.Null(words.At("同", 0, 10)); // an end past the text: no word runs past its last character
    }

    // EndOf compares only the words whose last character can be the text's (an index of last characters): the longest
    // word first as before, Latin words ignoring case and whole, a word ending with a cased letter beyond ASCII whatever
    // the text ends with.
    [Theory]
    [InlineData("对外贸易总额", "贸易总额")]
    [InlineData("同比增长了  ", "增长了")]
    [InlineData("TOTAL TRADE", "total trade")]
    [InlineData("bilateral Trade ", "trade")]
    [InlineData("subtrade", null)]
    [InlineData("Trade", "trade")]
    [InlineData("LE CAFÉ", "café")]
    [InlineData("Co.", "co.")]
    [InlineData("总额。", null)]
    [InlineData("", null)]
    public void EndOf_finds_the_longest_word_the_text_ends_with(string text, string? expected)
    {
        var words = new WordList(["贸易总额", "总额", "增长了", "total trade", "trade", "café", "co."]);

        Assert.Equal(expected, words.EndOf(text));
    }
}
